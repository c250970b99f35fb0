import type { Database } from '../../src/db/database.js';
import { importDataset, type ImportReport } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { csv, removeDatasets, smallDataset, snapshot, writeDataset } from './support.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

const query = (sql: string) => database.fork().getConnection().execute(sql);
const changes = (report: ImportReport) =>
  Object.fromEntries(
    report.files
      .flatMap((file) => file.tables)
      .map((t) => [t.table, `+${t.inserted} ~${t.updated} -${t.deleted} =${t.unchanged}`]),
  );

test('a small dataset imports whole, references resolved within the import', async () => {
  await importDataset(database, writeDataset(smallDataset));
  const rows = Object.fromEntries(Object.entries(await snapshot(database)).map(([table, { rows }]) => [table, rows]));
  expect(rows).toEqual({
    regions: 1,
    integrated_care_systems: 2,
    ics_successions: 0,
    local_authorities: 3,
    places: 3,
    population_estimates: 1,
    assessed_needs: 1,
    commissioned_services: 1,
    dynamic_support_register: 1,
    commissioned_service_cohorts: 2,
    commissioned_service_need_categories: 2,
    housing_plan_lines: 2,
    // The 14 seeded roles; the plan's LEARNING_DISABILITY_NURSE is one of them.
    workforce_roles: 14,
    workforce_plan_lines: 1,
    finance_plan_lines: 1,
    unit_costs: 1,
    metrics: 1,
    targets: 2,
    metric_values: 1,
    inpatient_census: 1,
    personal_budgets: 2,
    workforce_training: 1,
    assessment_demand: 1,
  });
});

test('changed rows are updated in place by natural key; nothing else is touched', async () => {
  const report = await importDataset(
    database,
    writeDataset({
      // No region_ons_code column: the stored ONS code stays.
      'integrated_care_systems.csv': csv(
        'ods_code,ons_code,name,region_ods_code,region_name',
        'QWU,E54000018,NHS Coventry & Warwickshire ICB,Y60,Midlands',
      ),
      'services.csv': smallDataset['services.csv'].replace('ADULTS;OLDER_ADULTS', 'ADULTS'),
      // The ICS-wide line (empty la_code) is the same row again: nulls are not distinct in its key.
      'housing_plan.csv': smallDataset['housing_plan.csv'].replace(
        'FORENSIC_HOUSING,ADULTS,2025,12',
        'FORENSIC_HOUSING,ADULTS,2025,13',
      ),
      'targets.csv': smallDataset['targets.csv'].replace(',30,', ',25,'),
    }),
  );
  expect(changes(report)).toEqual({
    regions: '+0 ~0 -0 =1',
    integrated_care_systems: '+0 ~1 -0 =0',
    commissioned_services: '+0 ~0 -0 =1',
    commissioned_service_cohorts: '+0 ~0 -1 =1',
    commissioned_service_need_categories: '+0 ~0 -0 =2',
    housing_plan_lines: '+0 ~1 -0 =1',
    metrics: '+0 ~0 -0 =1',
    targets: '+0 ~1 -0 =1',
  });
  expect(await query('select ons_code from regions')).toEqual([{ ons_code: 'E40000011' }]);
  expect(await query('select cohort_code from commissioned_service_cohorts')).toEqual([{ cohort_code: 'ADULTS' }]);
  expect(await query(`select bed_spaces from housing_plan_lines where la_code is null`)).toEqual([{ bed_spaces: 13 }]);
  expect(await query(`select target_value from targets where ics_code is null`)).toEqual([{ target_value: '25.0000' }]);
});

test('a metric is named from its national target row, else by its code', async () => {
  await importDataset(
    database,
    writeDataset({
      'targets.csv': csv(
        'metric_code,metric,scope,population_group,target_value,unit,direction,due,source',
        'LEDER_6M,LeDeR local trajectory,QWU,ALL_AGES,90,PERCENT,AT_LEAST,2025-03-31,ICS plan',
        'LEDER_6M,LeDeR reviews within six months,England,ALL_AGES,100,PERCENT,AT_LEAST,2025-03-31,LeDeR policy',
        'CETR_ONLY_CODE,,England,AGE_18_PLUS,100,PERCENT,AT_LEAST,2025-03-31,policy',
      ),
    }),
  );
  expect(
    await query(`select code, name from metrics where code in ('LEDER_6M', 'CETR_ONLY_CODE') order by code`),
  ).toEqual([
    { code: 'CETR_ONLY_CODE', name: 'CETR_ONLY_CODE' },
    { code: 'LEDER_6M', name: 'LeDeR reviews within six months' },
  ]);
});
