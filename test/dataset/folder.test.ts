import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import {
  DatasetRejected,
  formatIssue,
  importDataset,
  NoDatasetFiles,
  type DatasetIssue,
} from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { removeDatasets, smallDataset, snapshot, writeDataset } from './support.js';

let database: Database;
let stored: Awaited<ReturnType<typeof snapshot>>;
let outside: string;
beforeAll(async () => {
  database = await openTestDatabase();
  await importDataset(database, writeDataset(smallDataset));
  stored = await snapshot(database);
  outside = mkdtempSync(join(tmpdir(), 'ics-outside-'));
  writeFileSync(join(outside, 'population.csv'), smallDataset['population.csv']);
});
afterAll(async () => {
  await database.close();
  removeDatasets();
  rmSync(outside, { recursive: true, force: true });
});

const la = { 'local_authorities.csv': smallDataset['local_authorities.csv'] };

async function rejected(folder: string): Promise<DatasetIssue[]> {
  const error = await importDataset(database, folder).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetRejected);
  expect(await snapshot(database)).toEqual(stored);
  return (error as DatasetRejected).issues;
}

const wholeFile = (file: string, message: string): DatasetIssue => ({ file, column: '', message });

test('a CSV file that is not a dataset file is rejected with the closest name, next to the rows issues', async () => {
  const folder = writeDataset({
    ...la,
    'need.csv': smallDataset['needs.csv'],
    'Population.CSV': smallDataset['population.csv'],
    'budget_2025.csv': 'a,b\n',
    'places.csv': 'ics_code,la_code,population_share\nQWU,E06000999,1\n',
  });
  const issues = await rejected(folder);
  expect(issues.map(formatIssue)).toEqual([
    'Population.CSV: not a dataset file (did you mean population.csv?)',
    `budget_2025.csv: not a dataset file; dataset files are integrated_care_systems.csv, ics_successions.csv, local_authorities.csv, places.csv, population.csv, needs.csv, services.csv, housing_plan.csv, workforce_plan.csv, finance_plan.csv, unit_costs.csv, targets.csv, metrics.csv, inpatient_census.csv, dynamic_support_register.csv, assessment_demand.csv, personal_budgets.csv, workforce_training.csv`,
    'need.csv: not a dataset file (did you mean needs.csv?)',
    "places.csv:2: column la_code: unknown local authority 'E06000999' (not in local_authorities.csv nor stored)",
  ]);
});

test('a folder with no dataset file is an error naming the files expected; nothing is written', async () => {
  const folder = writeDataset({ 'need.csv': smallDataset['needs.csv'], 'README.md': '# notes' });
  const error = await importDataset(database, folder).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NoDatasetFiles);
  expect((error as NoDatasetFiles).issues).toEqual([
    wholeFile('need.csv', 'not a dataset file (did you mean needs.csv?)'),
  ]);
  expect((error as Error).message).toBe(
    `No dataset file in ${folder}: expected one or more of integrated_care_systems.csv, ics_successions.csv, local_authorities.csv, places.csv, population.csv, needs.csv, services.csv, housing_plan.csv, workforce_plan.csv, finance_plan.csv, unit_costs.csv, targets.csv, metrics.csv, inpatient_census.csv, dynamic_support_register.csv, assessment_demand.csv, personal_budgets.csv, workforce_training.csv`,
  );
  await expect(importDataset(database, writeDataset({}))).rejects.toBeInstanceOf(NoDatasetFiles);
  expect(await snapshot(database)).toEqual(stored);
});

test('files that are not CSV files are left unread and listed as ignored', async () => {
  const folder = writeDataset({ ...la, 'README.md': '# notes', 'plan.xlsx': 'PK' });
  mkdirSync(join(folder, 'archive'));
  const report = await importDataset(database, folder);
  expect(report.files.map((file) => file.file)).toEqual(['local_authorities.csv']);
  expect(report.ignored).toEqual(['README.md', 'archive', 'plan.xlsx']);
});

test('a symbolic link to a regular file inside the folder is followed', async () => {
  const folder = writeDataset({});
  mkdirSync(join(folder, '2025'));
  writeFileSync(join(folder, '2025', 'authorities.csv'), 'ons_code,name,tier\nE06000010,Hull,UNITARY\n');
  symlinkSync(join('2025', 'authorities.csv'), join(folder, 'local_authorities.csv'));
  const report = await importDataset(database, folder);
  expect(report.files).toEqual([
    {
      file: 'local_authorities.csv',
      rowsRead: 1,
      tables: [{ table: 'local_authorities', inserted: 1, updated: 0, deleted: 0, unchanged: 0 }],
    },
  ]);
  await database.sql().rows(`delete from local_authorities where ons_code = 'E06000010'`);
});

test('a link that dangles, loops, leaves the folder or ends at a folder is reported, never skipped', async () => {
  const folder = writeDataset(la);
  mkdirSync(join(folder, 'archive'));
  mkdirSync(join(folder, 'unit_costs.csv'));
  symlinkSync('gone.csv', join(folder, 'needs.csv'));
  symlinkSync('archive', join(folder, 'places.csv'));
  symlinkSync(join(outside, 'population.csv'), join(folder, 'population.csv'));
  symlinkSync('loop', join(folder, 'services.csv'));
  symlinkSync('services.csv', join(folder, 'loop'));
  expect(await rejected(folder)).toEqual([
    wholeFile('needs.csv', 'symbolic link to gone.csv, which does not exist'),
    wholeFile('places.csv', 'symbolic link to archive, which is not a regular file'),
    wholeFile(
      'population.csv',
      `symbolic link to ${join(outside, 'population.csv')}, outside the dataset folder; copy the file into the folder instead`,
    ),
    wholeFile('services.csv', 'symbolic link to loop, a loop of links'),
    wholeFile('unit_costs.csv', 'not a regular file'),
  ]);
});

test('a folder holding only a link that cannot be followed is rejected, not "no dataset file"', async () => {
  const folder = writeDataset({});
  symlinkSync(join(outside, 'population.csv'), join(folder, 'population.csv'));
  expect(await rejected(folder)).toEqual([
    wholeFile('population.csv', expect.stringContaining('outside the dataset folder')),
  ]);
});
