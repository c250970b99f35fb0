import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { quoteIdent, urlForDatabase, withAdminClient } from '../support/postgres-admin.js';
import { readTestRun } from '../support/test-run.js';

/** Every table an import writes, pivots included. */
export const datasetTables = [
  'regions',
  'integrated_care_systems',
  'ics_successions',
  'local_authorities',
  'places',
  'population_estimates',
  'assessed_needs',
  'commissioned_services',
  'commissioned_service_cohorts',
  'commissioned_service_need_categories',
  'housing_plan_lines',
  'workforce_roles',
  'workforce_plan_lines',
  'finance_plan_lines',
  'unit_costs',
  'metrics',
  'targets',
  'metric_values',
  'inpatient_census',
  'personal_budgets',
  'workforce_training',
  'assessment_demand',
  'dynamic_support_register',
] as const;

/** Row count and an md5 of all rows' text, per table: equal snapshots mean equal contents. */
export async function snapshot(database: Database): Promise<Record<string, { rows: number; md5: string }>> {
  const statement = datasetTables
    .map(
      (table) => `select '${table}' as "table", count(*)::int as rows,
        md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from ${table} t`,
    )
    .join(' union all ');
  const rows = await database.fork().getConnection().execute<{ table: string; rows: number; md5: string }[]>(statement);
  return Object.fromEntries(rows.map((row) => [row.table, { rows: row.rows, md5: row.md5 }]));
}

/**
 * A copy of the run's migrated empty database for a child process (the CLI), as the environment
 * variables that select it: a cloned database on PostgreSQL (dropped with the run's), else a PGlite directory.
 */
export async function cloneEmptyDatabase(): Promise<{ env: Record<string, string>; remove: () => void }> {
  const run = readTestRun();
  if (run.postgres) {
    const name = `${run.postgres.prefix}_cli_${randomUUID().slice(0, 8)}`;
    const template = run.postgres.templates.empty;
    await withAdminClient(run.postgres.adminUrl, (client) =>
      client.query(`create database ${quoteIdent(name)} template ${quoteIdent(template)}`),
    );
    return { env: { DATABASE_URL: urlForDatabase(run.postgres.adminUrl, name) }, remove: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ics-import-cli-'));
  cpSync(run.pglite!.dataDirs.empty, dir, { recursive: true });
  return { env: { PGLITE_DIR: dir, DATABASE_URL: '' }, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const folders: string[] = [];

/** Writes a dataset folder of the given files (name → contents, text or bytes) under the OS temp dir. */
export function writeDataset(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'ics-dataset-'));
  folders.push(folder);
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(folder, name), contents);
  return folder;
}

export function removeDatasets(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** Joins CSV lines, so a case reads as its file would. */
export const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** A small valid dataset with real codes: two ICSs of the Midlands and their places. */
export const smallDataset: Record<string, string> = {
  'integrated_care_systems.csv': csv(
    'ods_code,ons_code,name,region_ods_code,region_name,region_ons_code',
    'QWU,E54000018,NHS Coventry and Warwickshire Integrated Care Board,Y60,Midlands,E40000011',
    'QHL,E54000055,NHS Birmingham and Solihull Integrated Care Board,Y60,Midlands,E40000011',
  ),
  // No boundary change between these two (test/fixtures/boundaries has some): the header alone.
  'ics_successions.csv': csv('predecessor_ods_code,successor_ods_code,effective_date,part_moved'),
  'local_authorities.csv': csv(
    'ons_code,name,tier',
    'E08000025,Birmingham,METROPOLITAN_DISTRICT',
    'E08000026,Coventry,METROPOLITAN_DISTRICT',
    'E10000031,Warwickshire,COUNTY',
  ),
  'places.csv': csv('ics_code,la_code,population_share', 'QHL,E08000025,1', 'QWU,E08000026,1', 'QWU,E10000031,1'),
  'population.csv': csv('la_code,cohort,year,people', 'E08000026,ADULTS,2025,190000'),
  'needs.csv': csv(
    'la_code,cohort,need_category,pathway_stage,year,people,source',
    'E08000026,ADULTS,AUTISM,COMMUNITY_SUPPORT,2025,195,JSNA 2024 (Coventry) — assessed',
  ),
  'services.csv': csv(
    'service_code,name,ics_code,la_code,commissioner,provider,pathway_stage,cohorts,need_categories,capacity_people,start_date,end_date',
    'QWU-SVC-001,Coventry Community Team,QWU,E08000026,JOINT,Coventry and Warwickshire Partnership NHS Trust,COMMUNITY_SUPPORT,ADULTS;OLDER_ADULTS,AUTISM;LEARNING_DISABILITY,120,2024-04-01,',
  ),
  'housing_plan.csv': csv(
    'ics_code,la_code,accommodation_type,cohort,year,bed_spaces',
    'QWU,,FORENSIC_HOUSING,ADULTS,2025,12',
    'QWU,E08000026,SUPPORTED_LIVING,ADULTS,2025,140',
  ),
  'workforce_plan.csv': csv(
    'ics_code,role,pathway_stage,year,wte_in_post,wte_planned,wte_required',
    'QWU,LEARNING_DISABILITY_NURSE,SPECIALIST_INPATIENT,2025,30.5,34,40.25',
  ),
  'finance_plan.csv': csv(
    'ics_code,funding_source,pathway_stage,cohort,year,amount_gbp,pooled',
    'QWU,BETTER_CARE_FUND,COMMUNITY_SUPPORT,ADULTS,2025,1712148.59,true',
  ),
  'unit_costs.csv': csv(
    'pathway_stage,cohort,year,annual_cost_per_person_gbp',
    'COMMUNITY_SUPPORT,ADULTS,2025,26780.00',
  ),
  'targets.csv': csv(
    'metric_code,scope,population_group,target_value,unit,direction,due,source',
    'INPATIENTS_ADULT,England,AGE_18_PLUS,30,PER_MILLION,AT_MOST,2024-03-31,NHS Long Term Plan (2019)',
    'INPATIENTS_ADULT,QWU,AGE_18_PLUS,24,COUNT,AT_MOST,2025-03-31,Coventry and Warwickshire ICS plan',
  ),
  'metrics.csv': csv('ics_code,metric_code,period_end,value', 'QWU,INPATIENTS_ADULT,2025-03-31,23'),
  'inpatient_census.csv': csv(
    'ics_code,population_group,commissioner,period_end,inpatients,total_los_5_years_plus,outside_home_icb,admissions,transfers,discharges,cetr_due,cetr_on_time,status',
    'QWU,AGE_18_PLUS,ICB,2025-03-31,14,3,4,3,1,1,5,5,FINAL',
  ),
  'personal_budgets.csv': csv(
    'la_code,cohort,need_category,year,budget_type,delivery_mechanism,people,annual_spend_gbp,integrated',
    'E08000026,ADULTS,LEARNING_DISABILITY,2025,SOCIAL_CARE,DIRECT_PAYMENT_ONLY,120,1850000.50,3',
    'E08000026,ADULTS,LEARNING_DISABILITY,2025,PHB,NOTIONAL,9,140000,',
  ),
  'workforce_training.csv': csv(
    'ics_code,organisation_type,year,tier1_in_scope,tier1_completed,tier2_in_scope,tier2_completed',
    'QWU,NHS,2025,1000,850,400,100',
  ),
  'assessment_demand.csv': csv(
    'la_code,need_category,cohort,period_end,referrals,closed_without_assessment,completed,waiting,waiting_13_weeks_plus',
    'E08000026,AUTISM,ADULTS,2025-03-31,60,6,40,410,330',
  ),
  'dynamic_support_register.csv': csv(
    'ics_code,la_code,cohort,need_category,period_end,red,amber,green,blue,red_with_keyworker,amber_with_keyworker,blue_with_keyworker',
    'QWU,E08000026,CHILDREN_14_17,AUTISM,2025-03-31,2,5,9,1,2,4,1',
  ),
};
