import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { openTestDatabase } from '../support/database.js';
import { fixturesRoot } from '../gap/support/fixtures.js';
import { removeDatasets, writeDataset } from '../dataset/support.js';
import { checksums, listen } from './support.js';

// dynamic_support_register.csv read back in the import format (blank keyworker columns stay blank), and imported
// back to the same rows.
const fixture = join(fixturesRoot, 'dsr-crisis-need');
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

test('the register is exported exactly as the file it was imported from', async () => {
  expect(await exported('dynamic_support_register.csv')).toBe(crlf(readFileSync(join(fixture, 'dynamic_support_register.csv'), 'utf8')));
});

test('the exported register imports into an empty database as the same rows, and again changes nothing', async () => {
  const files: Record<string, string> = {};
  for (const file of ['integrated_care_systems.csv', 'local_authorities.csv', 'places.csv', 'dynamic_support_register.csv']) {
    files[file] = await exported(file);
  }
  const folder = writeDataset(files);
  await importDataset(copy, folder);
  const [original, roundTripped] = [await checksums(api.app.database), await checksums(copy)];
  expect(roundTripped.dynamic_support_register).toEqual(original.dynamic_support_register);
  expect(original.dynamic_support_register).toMatch(/^6 rows/);
  const again = await importDataset(copy, folder);
  expect(again.files.flatMap((file) => file.tables).filter((t) => t.inserted || t.updated || t.deleted)).toEqual([]);
});
