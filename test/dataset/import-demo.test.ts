import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { demoDatasetFolder } from '../support/datasets.js';
import { snapshot } from './support.js';

// Rows per table after importing seeds/demo (pivots: the services' `;`-separated lists). The v1 band 14–25 is
// two bands since the split at 18: each of its rows became two (population 280 → 560 of 1,960, needs 5,040 → 10,080
// of 35,280, housing 1,022 → 2,044 of 4,018, finance 1,260 → 2,520 of 7,530, unit costs 42 → 84 of 294), and each
// of the 199 services that served it serves both (745 + 199 = 944 service cohorts).
const demoRows = {
  regions: 7,
  integrated_care_systems: 42,
  ics_successions: 0,
  local_authorities: 40,
  places: 42,
  population_estimates: 1960,
  assessed_needs: 35280,
  commissioned_services: 273,
  commissioned_service_cohorts: 944,
  commissioned_service_need_categories: 658,
  housing_plan_lines: 4018,
  workforce_plan_lines: 1750,
  finance_plan_lines: 7530,
  unit_costs: 294,
  metrics: 4,
  targets: 10,
  metric_values: 560,
  // The demo holds no inpatient census yet.
  inpatient_census: 0,
};

let empty: Database;
let demo: Database;
beforeAll(async () => {
  [empty, demo] = await Promise.all([openTestDatabase(), openTestDatabase({ dataset: 'demo' })]);
});
afterAll(() => Promise.all([empty.close(), demo.close()]));

const rowCounts = (tables: Record<string, { rows: number }>) =>
  Object.fromEntries(Object.entries(tables).map(([table, { rows }]) => [table, rows]));

test('importing seeds/demo into an empty database stores every row, as inserts', async () => {
  const report = await importDataset(empty, demoDatasetFolder);
  const { workforce_roles: roles, ...rows } = rowCounts(await snapshot(empty));
  expect(rows).toEqual(demoRows);
  // The demo's 8 workforce roles are all among the 14 the roles vocabulary is seeded with: none added.
  expect(roles).toBe(14);
  expect(report.files).toHaveLength(12);
  for (const count of report.files.flatMap((file) => file.tables)) {
    if (count.table === 'workforce_roles') {
      // Each batch of plan lines names its roles again, so how many are counted unchanged depends on batching.
      expect(count).toEqual({ table: count.table, inserted: 0, updated: 0, deleted: 0, unchanged: expect.any(Number) });
      continue;
    }
    const inserted = demoRows[count.table as keyof typeof demoRows];
    expect(count).toEqual({ table: count.table, inserted, updated: 0, deleted: 0, unchanged: 0 });
  }
});

test('the demo test dataset holds exactly that import', async () => {
  expect(await snapshot(demo)).toEqual(await snapshot(empty));
});

test('importing the same folder again changes nothing', async () => {
  const before = await snapshot(demo);
  const report = await importDataset(demo, demoDatasetFolder);
  expect(report.files.flatMap((file) => file.tables).filter((t) => t.inserted || t.updated || t.deleted)).toEqual([]);
  expect(await snapshot(demo)).toEqual(before);
});
