import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { datasetFiles } from '../../src/dataset/files.js';
import type { TestApi } from '../support/api.js';
import { openTestDatabase } from '../support/database.js';
import { openFixtureApi } from '../gap/support/fixtures.js';
import { checksums, csvObjects, listen } from './support.js';

// Service types, capacity bases, ages and need bases leave in the import format and come back unchanged.
let api: TestApi;
let base: string;
let copy: Database | undefined;
let folder: string;
beforeAll(async () => {
  api = await openFixtureApi('service-basis');
  base = await listen(api);
  folder = mkdtempSync(join(tmpdir(), 'ics-service-basis-'));
});
afterAll(async () => {
  await Promise.all([api.close(), copy?.close()]);
  rmSync(folder, { recursive: true, force: true });
});

const exported = async (file: string) => (await fetch(`${base}/export/${file}`)).text();

test('services.csv and needs.csv carry the new columns as the dataset gave them', async () => {
  const services = csvObjects(await exported('services.csv'));
  const pick = (code: string) => {
    const row = services.find((s) => s.service_code === code)!;
    return [row.service_type, row.capacity_basis, row.min_age, row.max_age, row.commissioner];
  };
  expect(pick('QWU-SB-A1')).toEqual(['COMMUNITY_TEAM', '', '55', '69', 'JOINT']);
  expect(pick('QWU-SB-B2')).toEqual(['ANNUAL_HEALTH_CHECK', 'CASELOAD', '', '', 'ICB']);
  expect(pick('QWU-SB-C2')).toEqual(['INTENSIVE_SUPPORT', '', '', '', 'PROVIDER_COLLABORATIVE']);
  const needs = csvObjects(await exported('needs.csv'));
  expect(needs.filter((n) => n.year === '2025' && n.pathway_stage === 'PREVENTION_EARLY_INTERVENTION').map((n) => [n.need_category, n.basis, n.people]))
    .toEqual([['AUTISM', 'PER_YEAR', '100'], ['LEARNING_DISABILITY', 'CASELOAD', '40'], ['LEARNING_DISABILITY', 'PER_YEAR', '200']]);
});

test('exporting every file and importing it into an empty database gives the same contents', async () => {
  for (const { file } of datasetFiles) writeFileSync(join(folder, file), await exported(file));
  copy = await openTestDatabase();
  await importDataset(copy, folder);
  expect(await checksums(copy)).toEqual(await checksums(api.app.database));
});
