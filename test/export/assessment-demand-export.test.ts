import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { openTestDatabase } from '../support/database.js';
import { fixturesRoot } from '../gap/support/fixtures.js';
import { removeDatasets, writeDataset } from '../dataset/support.js';
import { checksums, listen } from './support.js';

// assessment_demand.csv reads back in the import format, and imports back to the same rows.
const fixture = join(fixturesRoot, 'diagnostic-assessment');
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

test('the returns are exported exactly as the file they were imported from', async () => {
  expect(await exported('assessment_demand.csv')).toBe(crlf(readFileSync(join(fixture, 'assessment_demand.csv'), 'utf8')));
});

test("one ICS's returns: those of its places' authorities only", async () => {
  const rows = (await exported('assessment_demand.csv', '?icsCode=QHL')).trim().split('\r\n');
  expect(rows).toEqual([
    'la_code,need_category,cohort,period_end,referrals,closed_without_assessment,completed,waiting,waiting_13_weeks_plus',
    'E08000025,AUTISM,ADULTS,2025-06-30,50,5,10,30,0',
    'E08000025,AUTISM,ADULTS,2025-12-31,50,5,20,70,25',
  ]);
});

test('exported returns import into an empty database as the same rows, and a second import changes nothing', async () => {
  // One export at a time: a few at once is the server's limit (EXPORT_MAX_CONCURRENT), not this test's subject.
  const files: Record<string, string> = {};
  for (const file of ['integrated_care_systems.csv', 'local_authorities.csv', 'places.csv', 'services.csv', 'assessment_demand.csv']) {
    files[file] = await exported(file);
  }
  const folder = writeDataset(files);
  await importDataset(copy, folder);
  const [original, roundTripped] = [await checksums(api.app.database), await checksums(copy)];
  expect(roundTripped).toEqual(original);
  expect(original.assessment_demand).toMatch(/^15 rows/);
  await importDataset(copy, folder);
  expect(await checksums(copy)).toEqual(original);
});
