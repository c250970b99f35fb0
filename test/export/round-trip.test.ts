import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { datasetFiles } from '../../src/dataset/files.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { openTestDatabase } from '../support/database.js';
import { checksums, csvObjects, listen } from './support.js';

// The contract of /export/<file>.csv: what it writes, the importer reads back to the same data.
let api: TestApi;
let base: string;
const folders: string[] = [];
const databases: Database[] = [];
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
  base = await listen(api);
});
afterAll(async () => {
  await Promise.all([api.close(), ...databases.map((database) => database.close())]);
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Downloads every dataset file into a new folder; `query` goes to every file but the national unit_costs.csv. */
async function exportFolder(query = ''): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'ics-export-'));
  folders.push(folder);
  for (const { file } of datasetFiles) {
    const response = await fetch(`${base}/export/${file}${file === 'unit_costs.csv' ? '' : query}`);
    expect(response.status).toBe(200);
    writeFileSync(join(folder, file), Buffer.from(await response.arrayBuffer()));
  }
  return folder;
}

const exportedText = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8');

async function emptyDatabase(): Promise<Database> {
  const database = await openTestDatabase();
  databases.push(database);
  return database;
}

test('exporting every dataset file and importing them into an empty database gives the same contents', async () => {
  const folder = await exportFolder();
  const copy = await emptyDatabase();
  await importDataset(copy, folder);
  const [original, roundTripped] = [await checksums(api.app.database), await checksums(copy)];
  expect(roundTripped).toEqual(original);
  // Every row of the demo: its 41,160 needs (seeds/demo/needs.csv) and the 941 cohorts its 311 services list.
  expect(original.assessed_needs).toMatch(/^41160 rows/);
  expect(original.commissioned_service_cohorts).toMatch(/^941 rows/);
});

test('importing the export again changes nothing (it is what is stored)', async () => {
  const report = await importDataset(api.app.database, await exportFolder());
  expect(report.files.flatMap((file) => file.tables).filter((t) => t.inserted || t.updated || t.deleted)).toEqual([]);
});

test("one ICS's export is a dataset of its own: it imports into an empty database", async () => {
  const folder = await exportFolder('?icsCode=E54000018'); // Coventry and Warwickshire, by its ONS code
  const copy = await emptyDatabase();
  const report = await importDataset(copy, folder);
  const rows = Object.fromEntries(report.files.map((file) => [file.file, file.rowsRead]));
  expect(rows['integrated_care_systems.csv']).toBe(1);
  expect(rows['places.csv']).toBeGreaterThan(0);
  expect(rows['unit_costs.csv']).toBeGreaterThan(0);
  const icsCodes = (file: string) => new Set(csvObjects(exportedText(folder, file)).map((row) => row.ics_code));
  for (const file of ['places.csv', 'services.csv', 'housing_plan.csv', 'workforce_plan.csv', 'finance_plan.csv', 'metrics.csv']) {
    expect([file, icsCodes(file)]).toEqual([file, new Set(['QWU'])]);
  }
});
