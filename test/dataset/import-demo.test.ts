import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { demoDatasetFolder } from '../support/datasets.js';
import { snapshot } from './support.js';

// Rows per table after importing seeds/demo (pivots: the services' `;`-separated lists).
const demoRows = {
  regions: 7,
  integrated_care_systems: 42,
  ics_successions: 0,
  local_authorities: 40,
  places: 42,
  population_estimates: 1680,
  assessed_needs: 30240,
  commissioned_services: 273,
  commissioned_service_cohorts: 745,
  commissioned_service_need_categories: 658,
  housing_plan_lines: 2996,
  workforce_plan_lines: 1750,
  finance_plan_lines: 6270,
  unit_costs: 252,
  metrics: 4,
  targets: 10,
  metric_values: 560,
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
  expect(rowCounts(await snapshot(empty))).toEqual(demoRows);
  expect(report.files).toHaveLength(12);
  for (const count of report.files.flatMap((file) => file.tables)) {
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
