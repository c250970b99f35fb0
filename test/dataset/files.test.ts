import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/database.js';
import { datasetFiles } from '../../src/dataset/files.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { removeDatasets, smallDataset, writeDataset } from './support.js';

// Each dataset file is one definition: the columns the importer reads and the export query's columns must
// be the same set, or an export would not import back (or would lose a column).
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await importDataset(database, writeDataset(smallDataset));
  // The small dataset has no succession: the boundaries fixture (other ICSs) brings some.
  await importDataset(database, fileURLToPath(new URL('../fixtures/boundaries/', import.meta.url)));
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

test('the definitions are unique by file name and cover every file of the small dataset', () => {
  const files = datasetFiles.map((spec) => spec.file);
  expect(new Set(files).size).toBe(files.length);
  expect([...files].sort()).toEqual(Object.keys(smallDataset).sort());
});

test.each(datasetFiles.map((spec) => [spec.file, spec] as const))(
  '%s: its export query gives exactly the columns it imports',
  async (_file, spec) => {
    const rows = await database.sql().rows<Record<string, unknown>>(spec.export.sql, spec.export.perIcs ? [null] : []);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]).sort()).toEqual(Object.keys(spec.columns).sort());
  },
);
