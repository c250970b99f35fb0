import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { openTestDatabase } from '../support/database.js';
import { fixturesRoot } from '../gap/support/fixtures.js';
import { removeDatasets, writeDataset } from '../dataset/support.js';
import { checksums, csvObjects, listen } from './support.js';

// personal_budgets.csv read back in the import format, and imported back to the same rows.
const fixture = join(fixturesRoot, 'personal-budgets');
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

test("one ICS's export holds its authorities' rows, in key order, spend to the penny and blank integrated kept blank", async () => {
  const rows = csvObjects(await exported('personal_budgets.csv', '?icsCode=QHL'));
  expect(rows).toEqual([
    {
      la_code: 'E08000025', cohort: 'ADULTS', need_category: 'LEARNING_DISABILITY', year: '2025', budget_type: 'PHB',
      delivery_mechanism: 'NOTIONAL', people: '6', annual_spend_gbp: '90000.00', integrated: '',
    },
    {
      la_code: 'E08000025', cohort: 'YOUNG_ADULTS_18_25', need_category: 'AUTISM', year: '2025', budget_type: 'SOCIAL_CARE',
      delivery_mechanism: 'COMMISSIONED_SUPPORT_ONLY', people: '10', annual_spend_gbp: '150000.00', integrated: '',
    },
  ]);
  const qwu = csvObjects(await exported('personal_budgets.csv', '?icsCode=QWU'));
  expect(qwu).toHaveLength(19);
  expect(qwu.find((row) => row.delivery_mechanism === 'MANAGED_PERSONAL_BUDGET' && row.la_code === 'E10000031')?.integrated).toBe('10');
});

test('exported personal budgets import into an empty database as the same rows', async () => {
  const files: Record<string, string> = {};
  for (const file of ['integrated_care_systems.csv', 'local_authorities.csv', 'places.csv', 'personal_budgets.csv']) {
    files[file] = await exported(file);
  }
  await importDataset(copy, writeDataset(files));
  const [original, roundTripped] = [await checksums(api.app.database), await checksums(copy)];
  expect(roundTripped).toEqual(original);
  expect(original.personal_budgets).toMatch(/^21 rows/);
});
