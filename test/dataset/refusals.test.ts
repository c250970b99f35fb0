import type { Database } from '../../src/db/database.js';
import { datasetFiles } from '../../src/dataset/files.js';
import { DatasetRejected, formatIssue, importDataset } from '../../src/dataset/index.js';
import { describeRefusal, isRefusal, type RefusalRecord } from '../../src/dataset/refusal.js';
import { openTestDatabase } from '../support/database.js';
import { csv, removeDatasets, smallDataset, snapshot, writeDataset } from './support.js';

// Refusals by the database itself, for what validation cannot see (a code another stored row holds) or
// does not check (a value the column rounds out of range): told in the file's terms, never the driver's.

let database: Database;
let stored: Awaited<ReturnType<typeof snapshot>>;
beforeAll(async () => {
  database = await openTestDatabase();
  await importDataset(database, writeDataset(smallDataset));
  stored = await snapshot(database);
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

const header = (file: string) => smallDataset[file].split('\n')[0];
const logged: RefusalRecord[] = [];
const logRefusal = (record: RefusalRecord) => logged.push(record);

async function issuesOf(files: Record<string, string>): Promise<string[]> {
  const error = await importDataset(database, writeDataset(files), { logRefusal }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetRejected);
  expect(await snapshot(database)).toEqual(stored);
  return (error as DatasetRejected).issues.map(formatIssue);
}

const ics = (code: string, ons: string) => `${code},${ons},NHS ${code},Y63,North East and Yorkshire,E40000012`;

test('a unique code held by a stored row, fifth in a batch of six: its line, column and value, no driver text', async () => {
  const rows = [ics('QHM', 'E54000050'), ics('QOQ', 'E54000051'), ics('QF7', 'E54000061'), ics('QWO', 'E54000054')];
  const issues = await issuesOf({
    'integrated_care_systems.csv': csv(header('integrated_care_systems.csv'), ...rows, ics('QYG', 'E54000018'), ics('QJ2', 'E54000058')),
  });
  expect(issues).toEqual([
    "integrated_care_systems.csv:6: column ons_code: the database refused this row: 'E54000018' is already stored for another row; ons_code must be unique",
  ]);
  expect(issues.join()).not.toMatch(/duplicate key|constraint|violates/);
});

test('after a refusal the rest of the dataset is still checked', async () => {
  const issues = await issuesOf({
    'integrated_care_systems.csv': csv(header('integrated_care_systems.csv'), ics('QYG', 'E54000018')),
    'places.csv': csv(header('places.csv'), 'QHL,E08000026,0.5'),
    'population.csv': csv(header('population.csv'), 'E08000026,ADULTS,1999,3'),
  });
  expect(issues).toEqual([
    "integrated_care_systems.csv:2: column ons_code: the database refused this row: 'E54000018' is already stored for another row; ons_code must be unique",
    'places.csv: local authority E08000026 (Coventry): population shares sum to 1.5 since always (QWU 1, QHL 0.5); at most 1',
    'population.csv:2: column year: year 1999 is outside 2000–2100',
  ]);
});

test('any other refusal is a reference, with the details in the server-side log only', async () => {
  logged.length = 0;
  // 99999999.999 passes validation (8 digits before the point) but rounds to 100000000.00, too large for numeric(10,2).
  const issues = await issuesOf({
    'workforce_plan.csv': csv(
      header('workforce_plan.csv'),
      'QWU,LEARNING_DISABILITY_NURSE,COMMUNITY_SUPPORT,2025,1,2,3',
      'QWU,LEARNING_DISABILITY_NURSE,SPECIALIST_INPATIENT,2026,99999999.999,2,3',
    ),
  });
  expect(logged).toEqual([
    expect.objectContaining({ file: 'workforce_plan.csv', line: 3, sqlState: '22003', message: expect.stringContaining('numeric field overflow') }),
  ]);
  expect(logged[0].reference).toMatch(/^[0-9a-f]{8}$/);
  expect(issues).toEqual([`workforce_plan.csv:3: the database refused the import (reference ${logged[0].reference})`]);
});

describe('refusals of direct writes, told in a file\'s terms', () => {
  const places = datasetFiles.find((spec) => spec.file === 'places.csv')!;
  const services = datasetFiles.find((spec) => spec.file === 'services.csv')!;
  const fileOfTable = (table: string) =>
    datasetFiles.find((spec) => spec.write.sources?.some((source) => source.table === table))?.file;

  async function refusalOf(statement: string, params: unknown[]) {
    const error = await database.sql().rows(statement, params).catch((e: unknown) => e);
    expect(isRefusal(error)).toBe(true);
    return error as Parameters<typeof describeRefusal>[0];
  }

  test('a foreign key names the file the code should come from', async () => {
    const error = await refusalOf('insert into places (ics_code, la_code, population_share) values ($1, $2, 0.5)', ['QWU', 'E06000999']);
    const row = { ics_code: 'QWU', la_code: 'E06000999', population_share: '0.5' };
    const at = { file: 'places.csv', line: 7, row, sources: places.write.sources! };
    expect(await describeRefusal(error, at, { sql: database.sql(), log: logRefusal, fileOfTable })).toEqual({
      column: 'la_code',
      message: "the database refused this row: 'E06000999' is not in local_authorities.csv nor stored",
    });
  });

  test('a check constraint names its rule and the values of its columns', async () => {
    const error = await refusalOf(
      `insert into commissioned_services (service_code, name, ics_code, commissioner, provider, pathway_stage_code,
         capacity_people, start_date, end_date) values ('X-1', 'X', 'QWU', 'ICB', 'P', 'COMMUNITY_SUPPORT', 1, $1, $2)`,
      ['2025-04-01', '2025-03-31'],
    );
    const row = { service_code: 'X-1', start_date: '2025-04-01', end_date: '2025-03-31', cohorts: ['ADULTS'] };
    const at = { file: 'services.csv', line: 2, row, sources: services.write.sources! };
    const described = await describeRefusal(error, at, { sql: database.sql(), log: logRefusal, fileOfTable });
    expect(described.column.split(', ').sort()).toEqual(['end_date', 'start_date']);
    expect(described.message).toMatch(/^the database refused this row: '2025-0\d-\d\d', '2025-0\d-\d\d' breaks the database's rule commissioned_services_dates_check$/);
  });

  test('a vocabulary code missing from a membership table', async () => {
    const [{ id }] = await database.sql().rows<{ id: number }>("select id from commissioned_services where service_code = 'QWU-SVC-001'");
    const error = await refusalOf('insert into commissioned_service_cohorts (service_id, cohort_code) values ($1, $2)', [id, 'TEENS']);
    const row = { service_code: 'QWU-SVC-001', cohorts: ['ADULTS', 'TEENS'] };
    const at = { file: 'services.csv', line: 2, row, sources: services.write.sources! };
    expect(await describeRefusal(error, at, { sql: database.sql(), log: logRefusal, fileOfTable })).toEqual({
      column: 'cohorts',
      message: "the database refused this row: 'ADULTS;TEENS' is not a stored code of cohorts",
    });
  });
});
