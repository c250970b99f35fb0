import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { openTestDatabase } from '../support/database.js';
import { fixturesRoot } from '../gap/support/fixtures.js';
import { removeDatasets, writeDataset } from '../dataset/support.js';
import { checksums, listen } from './support.js';

// workforce_training.csv reads back in the import format and imports back to the same rows.
const fixture = join(fixturesRoot, 'workforce-training');
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

test('the training returns are exported exactly as the file they were imported from', async () => {
  expect(await exported('workforce_training.csv')).toBe(crlf(readFileSync(join(fixture, 'workforce_training.csv'), 'utf8')));
});

test("one ICS's returns: its own rows only", async () => {
  expect((await exported('workforce_training.csv', '?icsCode=QHL')).trim().split('\r\n')).toEqual([
    'ics_code,organisation_type,year,tier1_in_scope,tier1_completed,tier2_in_scope,tier2_completed',
    'QHL,NHS,2025,300,240,0,0',
  ]);
});

test('exported returns import into an empty database as the same rows', async () => {
  // One export at a time: a few at once is the server's limit (EXPORT_MAX_CONCURRENT), not this test's subject.
  const files: Record<string, string> = {};
  for (const file of ['integrated_care_systems.csv', 'targets.csv', 'metrics.csv', 'workforce_training.csv']) {
    files[file] = await exported(file);
  }
  await importDataset(copy, writeDataset(files));
  const [original, roundTripped] = [await checksums(api.app.database), await checksums(copy)];
  expect(roundTripped).toEqual(original);
  expect(original.workforce_training).toMatch(/^7 rows/);
});
