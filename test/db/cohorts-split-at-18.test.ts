import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrationsList } from '../../src/migrations/index.js';
import { readTestRun } from '../support/test-run.js';
import { quoteIdent, urlForDatabase, withAdminClient } from '../support/postgres-admin.js';

/*
 * Migration20261129100000_cohorts_split_at_18 on a database holding v1 rows of PREPARING_FOR_ADULTHOOD (14–25).
 * Each figure x becomes CHILDREN_14_17 = round(x × 4 ÷ 12) and YOUNG_ADULTS_18_25 = x − that (to the penny for
 * money), so the two add up to x exactly:
 *   population 1000 → 333.33… → 333 and 667;   95 → 31.67 → 32 and 63
 *   needs 10 → 3.33 → 3 and 7;   5 → 1.67 → 2 and 3 (source V1_SPLIT on both)
 *   housing 12 → 4 and 8 (Coventry);   7 → 2.33 → 2 and 5 (ICS-wide)
 *   finance £1,000.00 → £333.33 and £666.67;   £100.01 → 33.3366… → £33.34 and £66.67
 *   unit cost £15,000.50 → £15,000.50 for both;   a service for PfA and adults → both new bands and adults
 */
const MINE = 'Migration20261129100000_cohorts_split_at_18';
const before = migrationsList[migrationsList.findIndex((migration) => migration.name === MINE) - 1].name;

let database: Database;
let drop = async () => {};
beforeAll(async () => {
  const run = readTestRun();
  if (run.postgres) {
    const name = `${run.postgres.prefix}_split_${randomUUID().slice(0, 8)}`;
    await withAdminClient(run.postgres.adminUrl, (client) => client.query(`create database ${quoteIdent(name)}`));
    database = await openDatabase({ databaseUrl: urlForDatabase(run.postgres.adminUrl, name) }, { migrate: false });
    drop = () =>
      withAdminClient(run.postgres!.adminUrl, (client) => client.query(`drop database if exists ${quoteIdent(name)} with (force)`)).then(() => {});
  } else {
    database = await openDatabase({ pgliteDir: 'memory://' }, { migrate: false });
  }
  await database.orm.migrator.up({ to: before });
  await exec(`insert into regions (ods_code, name) values ('Y60', 'Midlands')`);
  await exec(`insert into integrated_care_systems (ods_code, ons_code, name, region_ods_code)
    values ('QWU', 'E54000018', 'NHS Coventry and Warwickshire Integrated Care Board', 'Y60')`);
  await exec(`insert into local_authorities (ons_code, name, tier) values ('E08000026', 'Coventry', 'METROPOLITAN_DISTRICT')`);
  await exec(`insert into population_estimates (la_code, cohort_code, year, people) values
    ('E08000026', 'PREPARING_FOR_ADULTHOOD', 2025, 1000), ('E08000026', 'PREPARING_FOR_ADULTHOOD', 2026, 95),
    ('E08000026', 'ADULTS', 2025, 5000)`);
  await exec(`insert into assessed_needs (la_code, cohort_code, need_category_code, pathway_stage_code, year, people, source) values
    ('E08000026', 'PREPARING_FOR_ADULTHOOD', 'AUTISM', 'COMMUNITY_SUPPORT', 2025, 10, 'JSNA 2025'),
    ('E08000026', 'PREPARING_FOR_ADULTHOOD', 'LEARNING_DISABILITY', 'COMMUNITY_SUPPORT', 2025, 5, 'JSNA 2025'),
    ('E08000026', 'ADULTS', 'AUTISM', 'COMMUNITY_SUPPORT', 2025, 40, 'JSNA 2025')`);
  await exec(`insert into housing_plan_lines (ics_code, la_code, accommodation_type, cohort_code, year, bed_spaces) values
    ('QWU', 'E08000026', 'SUPPORTED_LIVING', 'PREPARING_FOR_ADULTHOOD', 2025, 12),
    ('QWU', null, 'SHARED_LIVES', 'PREPARING_FOR_ADULTHOOD', 2025, 7)`);
  await exec(`insert into finance_plan_lines (ics_code, funding_source, pathway_stage_code, cohort_code, year, amount_gbp, pooled) values
    ('QWU', 'ICB_BASELINE', 'COMMUNITY_SUPPORT', 'PREPARING_FOR_ADULTHOOD', 2025, 1000.00, true),
    ('QWU', 'LOCAL_AUTHORITY', 'COMMUNITY_SUPPORT', 'PREPARING_FOR_ADULTHOOD', 2025, 100.01, false)`);
  await exec(`insert into unit_costs (pathway_stage_code, cohort_code, year, annual_cost_per_person_gbp)
    values ('COMMUNITY_SUPPORT', 'PREPARING_FOR_ADULTHOOD', 2025, 15000.50)`);
  await exec(`insert into commissioned_services (service_code, name, ics_code, la_code, commissioner, provider, pathway_stage_code,
      capacity_people, start_date) values
    ('QWU-01', 'Transitions team', 'QWU', 'E08000026', 'JOINT', 'A provider', 'COMMUNITY_SUPPORT', 30, '2020-04-01'),
    ('QWU-02', 'Adult team', 'QWU', 'E08000026', 'JOINT', 'A provider', 'COMMUNITY_SUPPORT', 30, '2020-04-01')`);
  await exec(`insert into commissioned_service_cohorts (service_id, cohort_code)
    select id, c from commissioned_services, unnest(array['PREPARING_FOR_ADULTHOOD', 'ADULTS']) as c where service_code = 'QWU-01'
    union all select id, 'ADULTS' from commissioned_services where service_code = 'QWU-02'`);
});
afterAll(async () => {
  await database?.close();
  await drop();
});

const exec = (sql: string) => database.fork().getConnection().execute(sql);
const rows = (sql: string) => database.fork().getConnection().execute(sql) as Promise<Record<string, unknown>[]>;

test('a table with a cohort column the migration does not know stops it, naming the table; nothing is changed', async () => {
  await exec(`create table other_register (cohort_code varchar(40) not null, people int not null)`);
  await exec(`insert into other_register values ('PREPARING_FOR_ADULTHOOD', 3)`);
  await expect(database.orm.migrator.up()).rejects.toThrow(/table other_register holds 1 rows of cohort PREPARING_FOR_ADULTHOOD/);
  expect(await rows(`select code from cohorts where code like '%ADULT%' order by sort_order`)).toEqual([
    { code: 'PREPARING_FOR_ADULTHOOD' }, { code: 'ADULTS' }, { code: 'OLDER_ADULTS' },
  ]);
  await exec(`drop table other_register`);
});

describe('after the migration', () => {
  beforeAll(() => database.orm.migrator.up());

  test('the cohorts are the v2 bands, with their group and the ages counted', async () => {
    expect(await rows(`select code, label, min_age, max_age, counted_max_age, cohort_group, sort_order from cohorts order by sort_order`)).toEqual([
      { code: 'EARLY_YEARS', label: 'Early years (0–4)', min_age: 0, max_age: 4, counted_max_age: 4, cohort_group: null, sort_order: 1 },
      { code: 'PRIMARY_SCHOOL', label: 'Primary school age (5–10)', min_age: 5, max_age: 10, counted_max_age: 10, cohort_group: null, sort_order: 2 },
      { code: 'SECONDARY_SCHOOL', label: 'Secondary school age (11–13)', min_age: 11, max_age: 13, counted_max_age: 13, cohort_group: null, sort_order: 3 },
      { code: 'CHILDREN_14_17', label: 'Children (14–17)', min_age: 14, max_age: 17, counted_max_age: 17, cohort_group: 'PREPARING_FOR_ADULTHOOD', sort_order: 4 },
      { code: 'YOUNG_ADULTS_18_25', label: 'Young adults (18–25)', min_age: 18, max_age: 25, counted_max_age: 25, cohort_group: 'PREPARING_FOR_ADULTHOOD', sort_order: 5 },
      { code: 'ADULTS', label: 'Adults (26–64)', min_age: 26, max_age: 64, counted_max_age: 64, cohort_group: null, sort_order: 6 },
      { code: 'OLDER_ADULTS', label: 'Older adults (65+)', min_age: 65, max_age: null, counted_max_age: 89, cohort_group: null, sort_order: 7 },
    ]);
  });

  test('population is split 4/12 : 8/12, adding up to the v1 figure', async () => {
    expect(await rows(`select cohort_code, year, people from population_estimates order by year, cohort_code`)).toEqual([
      { cohort_code: 'ADULTS', year: 2025, people: 5000 },
      { cohort_code: 'CHILDREN_14_17', year: 2025, people: 333 },
      { cohort_code: 'YOUNG_ADULTS_18_25', year: 2025, people: 667 },
      { cohort_code: 'CHILDREN_14_17', year: 2026, people: 32 },
      { cohort_code: 'YOUNG_ADULTS_18_25', year: 2026, people: 63 },
    ]);
  });

  test('needs are split and marked V1_SPLIT; other rows keep their source', async () => {
    expect(await rows(`select cohort_code, need_category_code, people, source from assessed_needs order by need_category_code, cohort_code`)).toEqual([
      { cohort_code: 'ADULTS', need_category_code: 'AUTISM', people: 40, source: 'JSNA 2025' },
      { cohort_code: 'CHILDREN_14_17', need_category_code: 'AUTISM', people: 3, source: 'V1_SPLIT' },
      { cohort_code: 'YOUNG_ADULTS_18_25', need_category_code: 'AUTISM', people: 7, source: 'V1_SPLIT' },
      { cohort_code: 'CHILDREN_14_17', need_category_code: 'LEARNING_DISABILITY', people: 2, source: 'V1_SPLIT' },
      { cohort_code: 'YOUNG_ADULTS_18_25', need_category_code: 'LEARNING_DISABILITY', people: 3, source: 'V1_SPLIT' },
    ]);
  });

  test('housing lines and finance lines are split; money to the penny', async () => {
    expect(await rows(`select la_code, cohort_code, bed_spaces from housing_plan_lines order by la_code nulls first, cohort_code`)).toEqual([
      { la_code: null, cohort_code: 'CHILDREN_14_17', bed_spaces: 2 },
      { la_code: null, cohort_code: 'YOUNG_ADULTS_18_25', bed_spaces: 5 },
      { la_code: 'E08000026', cohort_code: 'CHILDREN_14_17', bed_spaces: 4 },
      { la_code: 'E08000026', cohort_code: 'YOUNG_ADULTS_18_25', bed_spaces: 8 },
    ]);
    expect(await rows(`select funding_source, cohort_code, amount_gbp::text as amount, pooled from finance_plan_lines order by funding_source, cohort_code`)).toEqual([
      { funding_source: 'ICB_BASELINE', cohort_code: 'CHILDREN_14_17', amount: '333.33', pooled: true },
      { funding_source: 'ICB_BASELINE', cohort_code: 'YOUNG_ADULTS_18_25', amount: '666.67', pooled: true },
      { funding_source: 'LOCAL_AUTHORITY', cohort_code: 'CHILDREN_14_17', amount: '33.34', pooled: false },
      { funding_source: 'LOCAL_AUTHORITY', cohort_code: 'YOUNG_ADULTS_18_25', amount: '66.67', pooled: false },
    ]);
  });

  test('unit costs are copied to both bands, and a service for PfA serves both', async () => {
    expect(await rows(`select cohort_code, annual_cost_per_person_gbp::text as cost from unit_costs order by cohort_code`)).toEqual([
      { cohort_code: 'CHILDREN_14_17', cost: '15000.50' },
      { cohort_code: 'YOUNG_ADULTS_18_25', cost: '15000.50' },
    ]);
    expect(await rows(`select s.service_code, m.cohort_code from commissioned_service_cohorts m
      join commissioned_services s on s.id = m.service_id order by s.service_code, m.cohort_code`)).toEqual([
      { service_code: 'QWU-01', cohort_code: 'ADULTS' },
      { service_code: 'QWU-01', cohort_code: 'CHILDREN_14_17' },
      { service_code: 'QWU-01', cohort_code: 'YOUNG_ADULTS_18_25' },
      { service_code: 'QWU-02', cohort_code: 'ADULTS' },
    ]);
  });

  test('no v1 row is left, and new rows still get fresh ids', async () => {
    for (const table of ['population_estimates', 'assessed_needs', 'housing_plan_lines', 'finance_plan_lines', 'unit_costs', 'commissioned_service_cohorts']) {
      expect(await rows(`select count(*)::int as n from ${table} where cohort_code = 'PREPARING_FOR_ADULTHOOD'`)).toEqual([{ n: 0 }]);
    }
    await exec(`insert into assessed_needs (la_code, cohort_code, need_category_code, pathway_stage_code, year, people, source)
      values ('E08000026', 'CHILDREN_14_17', 'AUTISM', 'COMMUNITY_SUPPORT', 2026, 1, 'JSNA 2026')`);
    expect(await rows(`select count(distinct id)::int as n from assessed_needs`)).toEqual([{ n: 6 }]);
  });
});
