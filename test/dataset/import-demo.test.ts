import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { demoDatasetFolder } from '../support/datasets.js';
import { snapshot } from './support.js';

// Rows per table after importing seeds/demo, counted from its files: a row per data line, the services' `;`-separated
// cohort and category lists one row per entry, regions as the distinct regions of the ICS file, metrics as the
// distinct metric codes of targets.csv.
const demoFile = (file: string) =>
  parse(readFileSync(join(demoDatasetFolder, file)), { columns: true }) as Record<string, string>[];
const services = demoFile('services.csv');
const listed = (column: string) => services.reduce((sum, service) => sum + service[column].split(';').length, 0);
const demoRows = {
  regions: new Set(demoFile('integrated_care_systems.csv').map((row) => row.region_ods_code)).size,
  integrated_care_systems: demoFile('integrated_care_systems.csv').length,
  ics_successions: demoFile('ics_successions.csv').length,
  local_authorities: demoFile('local_authorities.csv').length,
  places: demoFile('places.csv').length,
  population_estimates: demoFile('population.csv').length,
  assessed_needs: demoFile('needs.csv').length,
  commissioned_services: services.length,
  commissioned_service_cohorts: listed('cohorts'),
  commissioned_service_need_categories: listed('need_categories'),
  housing_plan_lines: demoFile('housing_plan.csv').length,
  workforce_plan_lines: demoFile('workforce_plan.csv').length,
  finance_plan_lines: demoFile('finance_plan.csv').length,
  unit_costs: demoFile('unit_costs.csv').length,
  metrics: new Set(demoFile('targets.csv').map((row) => row.metric_code)).size,
  targets: demoFile('targets.csv').length,
  metric_values: demoFile('metrics.csv').length,
  inpatient_census: demoFile('inpatient_census.csv').length,
  personal_budgets: demoFile('personal_budgets.csv').length,
  workforce_training: demoFile('workforce_training.csv').length,
  assessment_demand: demoFile('assessment_demand.csv').length,
  dynamic_support_register: demoFile('dynamic_support_register.csv').length,
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
  expect(report.files).toHaveLength(readdirSync(demoDatasetFolder).filter((file) => file.endsWith('.csv')).length);
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
