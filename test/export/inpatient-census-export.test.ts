import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { openTestDatabase } from '../support/database.js';
import { fixturesRoot } from '../gap/support/fixtures.js';
import { removeDatasets, writeDataset } from '../dataset/support.js';
import { checksums, listen } from './support.js';

// inpatient_census.csv and targets.csv read back in the import format, and import back to the same rows.
const fixture = join(fixturesRoot, 'inpatients');
let api: TestApi;
let base: string;
let copy: Database;
beforeAll(async () => {
  api = await openTestApi();
  await importDataset(api.app.database, fixture);
  base = await listen(api);
  copy = await openTestDatabase();
});
afterAll(async () => {
  await Promise.all([api.close(), copy.close()]);
  removeDatasets();
});

async function exported(file: string, query = ''): Promise<string> {
  const response = await fetch(`${base}/export/${file}${query}`);
  expect([file, response.status]).toEqual([file, 200]);
  return response.text();
}
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

test('the census is exported exactly as the file it was imported from', async () => {
  expect(await exported('inpatient_census.csv')).toBe(crlf(readFileSync(join(fixture, 'inpatient_census.csv'), 'utf8')));
});

test("one ICS's census and targets: its own rows and the national targets", async () => {
  const census = (await exported('inpatient_census.csv', '?icsCode=QHL')).trim().split('\r\n');
  expect(census).toEqual([
    'ics_code,population_group,commissioner,period_end,inpatients,total_los_5_years_plus,outside_home_icb,admissions,transfers,discharges,cetr_due,cetr_on_time,status',
    'QHL,AGE_18_PLUS,ICB,2025-03-31,0,0,0,1,0,2,1,1,FINAL',
    'QHL,UNDER_18,JOINT,2024-12-31,2,0,1,1,0,0,1,0,FINAL',
    'QHL,UNDER_18,NHS_ENGLAND_SPECIALISED,2025-03-31,5,0,3,2,1,1,2,2,FINAL',
  ]);
  const targets = (await exported('targets.csv', '?icsCode=QHL')).trim().split('\r\n');
  expect(targets[0]).toBe('metric_code,scope,population_group,target_value,unit,direction,due,source,metric');
  expect(targets.slice(1).map((line) => line.split(',').slice(1, 5).join(','))).toEqual([
    'England,AGE_18_PLUS,30.0000,PER_MILLION', 'England,AGE_18_PLUS,25.0000,PER_MILLION',
    'England,UNDER_18,15.0000,PER_MILLION', 'QHL,UNDER_18,4.0000,COUNT',
  ]);
});

test('exported targets and census import into an empty database as the same rows', async () => {
  // One export at a time: a few at once is the server's limit (EXPORT_MAX_CONCURRENT), not this test's subject.
  const files: Record<string, string> = {};
  for (const file of ['integrated_care_systems.csv', 'local_authorities.csv', 'places.csv', 'population.csv', 'services.csv', 'targets.csv', 'inpatient_census.csv']) {
    files[file] = await exported(file);
  }
  await importDataset(copy, writeDataset(files));
  const [original, roundTripped] = [await checksums(api.app.database), await checksums(copy)];
  expect(roundTripped).toEqual(original);
  expect(original.inpatient_census).toMatch(/^15 rows/);
  expect(original.targets).toMatch(/^7 rows/);
});
