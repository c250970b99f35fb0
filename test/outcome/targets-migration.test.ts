import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { csv, removeDatasets, writeDataset } from '../dataset/support.js';

// Targets stored before the inpatient census migration keep their values and gain a unit and population group.
let database: Database;
const rows = <T>(text: string) => database.sql().rows<T>(text);
beforeAll(async () => {
  database = await openTestDatabase();
  await database.orm.migrator.down({ to: 'Migration20261129083423_stage_direction' });
  // Written as SQL: today's importer needs tables the later migrations add.
  await rows(`insert into regions (ods_code, ons_code, name) values ('Y60', 'E40000008', 'Midlands')`);
  await rows(`insert into integrated_care_systems (ods_code, ons_code, name, region_ods_code)
    values ('QWU', 'E54000018', 'NHS Coventry and Warwickshire Integrated Care Board', 'Y60')`);
  // As version 1 stored them: units in words, the group ADULTS, the v1 inpatient metric codes.
  await rows(`insert into population_groups (code, label, min_age, max_age) values ('ADULTS', 'Adults (18+)', 18, null)`);
  await rows(`delete from population_groups where code = 'AGE_18_PLUS'`);
  await rows(`insert into metrics (code, name, unit, direction, population_group_code) values
    ('INPATIENTS_ADULT_PER_MILLION', 'Adult inpatients', 'per million adults', 'AT_MOST', 'ADULTS'),
    ('AHC_COVERAGE_14_PLUS', 'Annual health checks', 'percent', 'AT_LEAST', 'AGE_14_PLUS'),
    ('CETR_HELD', 'C(E)TRs held', 'reviews', 'AT_LEAST', 'ALL_AGES')`);
  await rows(`insert into targets (metric_code, ics_code, target_value, due, source) values
    ('INPATIENTS_ADULT_PER_MILLION', null, 30, '2024-03-31', 'NHS Long Term Plan'),
    ('INPATIENTS_ADULT_PER_MILLION', 'QWU', 28, '2024-03-31', 'ICS plan'),
    ('AHC_COVERAGE_14_PLUS', null, 75, '2024-03-31', 'NHS Long Term Plan'),
    ('CETR_HELD', 'QWU', 12, '2025-03-31', 'ICS plan')`);
  await rows(`insert into metric_values (ics_code, metric_code, period_end, value) values ('QWU', 'INPATIENTS_ADULT_PER_MILLION', '2025-03-31', 23)`);
  await database.orm.migrator.up();
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

test('each stored target takes its metric’s population group and a unit from its words; values stay', async () => {
  expect(await rows(`select metric_code, coalesce(ics_code, 'England') as scope, population_group_code, trim_scale(target_value)::text as value, unit
    from targets order by metric_code, ics_code nulls first`)).toEqual([
    { metric_code: 'AHC_COVERAGE_14_PLUS', scope: 'England', population_group_code: 'AGE_14_PLUS', value: '75', unit: 'PERCENT' },
    { metric_code: 'CETR_HELD', scope: 'QWU', population_group_code: 'ALL_AGES', value: '12', unit: 'COUNT' },
    { metric_code: 'INPATIENTS_ADULT', scope: 'England', population_group_code: 'AGE_18_PLUS', value: '30', unit: 'PER_MILLION' },
    { metric_code: 'INPATIENTS_ADULT', scope: 'QWU', population_group_code: 'AGE_18_PLUS', value: '28', unit: 'PER_MILLION' },
  ]);
  expect(await rows(`select code, unit, population_group_code from metrics order by code`)).toEqual([
    { code: 'AHC_COVERAGE_14_PLUS', unit: 'PERCENT', population_group_code: 'AGE_14_PLUS' },
    { code: 'CETR_HELD', unit: 'COUNT', population_group_code: 'ALL_AGES' },
    { code: 'INPATIENTS_ADULT', unit: 'PER_MILLION', population_group_code: 'AGE_18_PLUS' },
  ]);
  expect(await rows(`select metric_code, value::float8 as value from metric_values`)).toEqual([{ metric_code: 'INPATIENTS_ADULT', value: 23 }]);
  expect(await rows(`select code from population_groups where code in ('ADULTS', 'AGE_18_PLUS')`)).toEqual([{ code: 'AGE_18_PLUS' }]);
});

test('importing the corrected targets.csv then makes the local trajectory the headcount it is', async () => {
  await importDataset(database, writeDataset({
    'targets.csv': csv(
      'metric_code,scope,population_group,target_value,unit,direction,due,source',
      'INPATIENTS_ADULT,QWU,AGE_18_PLUS,28,COUNT,AT_MOST,2024-03-31,Coventry and Warwickshire ICS plan (headcount)',
    ),
  }));
  expect(await rows(`select unit, trim_scale(target_value)::text as value, count(*) over ()::int as n from targets
    where metric_code = 'INPATIENTS_ADULT' and ics_code = 'QWU'`)).toEqual([{ unit: 'COUNT', value: '28', n: 1 }]);
});
