import type { Database } from '../../src/db/database.js';
import { DatasetRejected, formatRejection, importDataset, type DatasetIssue } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { csv, removeDatasets, smallDataset, snapshot, writeDataset } from './support.js';

let database: Database;
let stored: Awaited<ReturnType<typeof snapshot>>;
beforeAll(async () => {
  database = await openTestDatabase();
  await importDataset(database, writeDataset(smallDataset));
  stored = await snapshot(database);
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

/** A file of the small dataset's header and the given data lines. */
const rows = (file: string, ...lines: string[]) => ({ [file]: csv(smallDataset[file].split('\n')[0], ...lines) });

async function rejection(files: Record<string, string>): Promise<DatasetRejected> {
  const error = await importDataset(database, writeDataset(files)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetRejected);
  return error as DatasetRejected;
}

type Case = [
  name: string,
  files: Record<string, string>,
  issue: [file: string, line: number, column: string, message: string],
];

const ics = 'integrated_care_systems.csv';
const finance = (...lines: string[]) => ({
  'finance_plan.csv': csv('ics_code,funding_source,pathway_stage,cohort,year,amount_gbp,pooled,expenditure_type', ...lines),
});
const la = 'local_authorities.csv';
const service = (changes: Partial<Record<'la' | 'cohorts' | 'commissioner' | 'start' | 'end', string>>) =>
  rows(
    'services.csv',
    [
      'QWU-SVC-009,Crisis Team,QWU',
      changes.la ?? 'E08000026',
      changes.commissioner ?? 'ICB',
      'A provider,CRISIS_AND_INTENSIVE_SUPPORT',
      changes.cohorts ?? 'ADULTS',
      'AUTISM,10',
      changes.start ?? '2024-04-01',
      changes.end ?? '',
    ].join(','),
  );

/** A services.csv row with the optional columns: service_type, capacity_basis, min_age, max_age. */
const typedService = (type: string, basis: string, minAge: string, maxAge: string) => ({
  'services.csv': csv(
    `${smallDataset['services.csv'].split('\n')[0]},service_type,capacity_basis,min_age,max_age`,
    `QWU-SVC-009,Crisis Team,QWU,E08000026,ICB,A provider,CRISIS_AND_INTENSIVE_SUPPORT,ADULTS,AUTISM,10,2024-04-01,,${type},${basis},${minAge},${maxAge}`,
  ),
});
const needWithBasis = (basis: string) =>
  ({ 'needs.csv': csv(`${smallDataset['needs.csv'].split('\n')[0]},basis`, `E08000026,ADULTS,AUTISM,COMMUNITY_SUPPORT,2025,1,JSNA,${basis}`) });

// One case per line, so the cases read as a table: [name, files, [file, line, column, message]].
// prettier-ignore
const cases: Case[] = [
  ['ICB ODS code shape', rows(ics, 'QW,E54000018,NHS CW,Y60,Midlands,E40000011'), [ics, 2, 'ods_code', "'QW' is not an ICB ODS code"]],
  ['ICB ONS code shape', rows(ics, 'QWU,E55000018,NHS CW,Y60,Midlands,E40000011'), [ics, 2, 'ons_code', 'is not an ICB ONS code']],
  ['region code shape', rows(ics, 'QWU,E54000018,NHS CW,X60,Midlands,E40000011'), [ics, 2, 'region_ods_code', 'is not a region ODS code']],
  ['region ONS code shape', rows(ics, 'QWU,E54000018,NHS CW,Y60,Midlands,E41000011'), [ics, 2, 'region_ons_code', 'is not a region ONS code']],
  ['empty required value', rows(ics, 'QWU,E54000018,,Y60,Midlands,E40000011'), [ics, 2, 'name', 'empty; a value is required']],
  ['region named two ways', rows(ics, 'QWU,E54000018,NHS CW,Y60,Midlands,E40000011', 'QHL,E54000055,NHS BSol,Y60,West Midlands,E40000011'), [ics, 3, 'region_name', "named 'Midlands' on line 2"]],
  ['a unique code the database holds for another row', rows(ics, 'QHM,E54000018,NHS NENC,Y63,North East and Yorkshire,E40000012'), [ics, 2, 'ons_code', "the database refused this row: 'E54000018' is already stored for another row; ons_code must be unique"]],
  ['LA code shape', rows(la, 'E07000001,Nowhere,UNITARY'), [la, 2, 'ons_code', 'is not an upper-tier local authority ONS code']],
  ['unknown tier', rows(la, 'E06000010,Hull,CITY'), [la, 2, 'tier', "unknown value 'CITY'; allowed: UNITARY, COUNTY, METROPOLITAN_DISTRICT, LONDON_BOROUGH"]],
  ['tier against code', rows(la, 'E06000010,Hull,COUNTY'), [la, 2, 'tier', 'does not match code E06000010']],
  ['unknown LA', rows('places.csv', 'QWU,E06000999,1'), ['places.csv', 2, 'la_code', "unknown local authority 'E06000999'"]],
  ['unknown ICS', rows('places.csv', 'QZZ,E08000026,1'), ['places.csv', 2, 'ics_code', "unknown ICS 'QZZ'"]],
  ['share of 0', rows('places.csv', 'QWU,E08000025,0'), ['places.csv', 2, 'population_share', 'is not in (0, 1]']],
  ['share above 1', rows('places.csv', 'QWU,E08000025,1.5'), ['places.csv', 2, 'population_share', 'is not in (0, 1]']],
  ['not an integer', rows('population.csv', 'E08000026,ADULTS,2025,12.5'), ['population.csv', 2, 'people', "'12.5' is not an integer"]],
  ['negative', rows('population.csv', 'E08000026,ADULTS,2025,-3'), ['population.csv', 2, 'people', 'is negative']],
  ['year out of range', rows('population.csv', 'E08000026,ADULTS,1999,3'), ['population.csv', 2, 'year', 'year 1999 is outside 2000–2100']],
  ['unknown cohort', rows('population.csv', 'E08000026,TEENS,2025,3'), ['population.csv', 2, 'cohort', "unknown cohort 'TEENS'; known: EARLY_YEARS"]],
  ['duplicate natural key', rows('population.csv', 'E08000026,ADULTS,2025,3', 'E08000026,ADULTS,2025,4'), ['population.csv', 3, 'la_code, cohort, year', 'duplicate of line 2']],
  ['unknown need category', rows('needs.csv', 'E08000026,ADULTS,DYSLEXIA,COMMUNITY_SUPPORT,2025,1,JSNA'), ['needs.csv', 2, 'need_category', "unknown need category 'DYSLEXIA'"]],
  ['unknown pathway stage', rows('needs.csv', 'E08000026,ADULTS,AUTISM,TRIAGE,2025,1,JSNA'), ['needs.csv', 2, 'pathway_stage', "unknown pathway stage 'TRIAGE'"]],
  ['empty source', rows('needs.csv', 'E08000026,ADULTS,AUTISM,COMMUNITY_SUPPORT,2025,1,'), ['needs.csv', 2, 'source', 'empty']],
  ['unknown code in a list', service({ cohorts: 'ADULTS;TEENS' }), ['services.csv', 2, 'cohorts', "unknown cohort 'TEENS'"]],
  ['empty item in a list', service({ cohorts: 'ADULTS;' }), ['services.csv', 2, 'cohorts', 'has an empty item']],
  ['catchment not a place of the ICS', service({ la: 'E08000025' }), ['services.csv', 2, 'la_code', 'E08000025 is not a place of ICS QWU']],
  ['unknown commissioner', service({ commissioner: 'NHS' }), ['services.csv', 2, 'commissioner', 'allowed: ICB, LOCAL_AUTHORITY, JOINT']],
  ['not a date', service({ start: '2024-02-30' }), ['services.csv', 2, 'start_date', "'2024-02-30' is not a date"]],
  ['end before start', service({ end: '2024-03-31' }), ['services.csv', 2, 'end_date', 'end date 2024-03-31 is before start date 2024-04-01']],
  ['unknown service type', typedService('RESPITE', '', '', ''), ['services.csv', 2, 'service_type', "unknown service type 'RESPITE'; known: DIAGNOSTIC_ASSESSMENT, ANNUAL_HEALTH_CHECK"]],
  ['unknown capacity basis', typedService('KEYWORKER', 'STOCK', '', ''), ['services.csv', 2, 'capacity_basis', "unknown value 'STOCK'; allowed: CASELOAD, PER_YEAR"]],
  ['negative min_age', typedService('', '', '-1', ''), ['services.csv', 2, 'min_age', 'is negative; must be 0 or more']],
  ['max_age over 120', typedService('', '', '', '121'), ['services.csv', 2, 'max_age', 'age 121 is outside 0–120']],
  ['age not a whole number', typedService('', '', '17.5', ''), ['services.csv', 2, 'min_age', "'17.5' is not an integer"]],
  ['min_age above max_age', typedService('', '', '26', '25'), ['services.csv', 2, 'max_age', 'max_age 25 is below min_age 26']],
  ['unknown need basis', needWithBasis('ANNUAL'), ['needs.csv', 2, 'basis', "unknown value 'ANNUAL'; allowed: CASELOAD, PER_YEAR"]],
  ['unknown accommodation type', rows('housing_plan.csv', 'QWU,,CARAVAN,ADULTS,2025,1'), ['housing_plan.csv', 2, 'accommodation_type', 'allowed: SUPPORTED_LIVING']],
  ['blank role', rows('workforce_plan.csv', 'QWU,,SPECIALIST_INPATIENT,2025,1,1,1'), ['workforce_plan.csv', 2, 'role', 'empty; a role name (e.g. Learning disability nurse) or code is required']],
  ['role name giving no code', rows('workforce_plan.csv', 'QWU,1:1 support worker,SPECIALIST_INPATIENT,2025,1,1,1'), ['workforce_plan.csv', 2, 'role', "'1:1 support worker' does not make a role code: a role name needs a letter first"]],
  ['role code shape', rows('workforce_plan.csv', 'QWU,LD__NURSE,SPECIALIST_INPATIENT,2025,1,1,1'), ['workforce_plan.csv', 2, 'role', "'LD__NURSE' is not a role code (capital letters and digits in words joined by single _"]],
  ['one role by name and by code twice', rows('workforce_plan.csv', 'QWU,Support worker,SPECIALIST_INPATIENT,2025,1,1,1', 'QWU,SUPPORT_WORKER,SPECIALIST_INPATIENT,2025,2,2,2'), ['workforce_plan.csv', 3, 'ics_code, role, pathway_stage, year', "duplicate of line 2 (same QWU, SUPPORT_WORKER, SPECIALIST_INPATIENT, 2025)"]],
  ['not a number', rows('workforce_plan.csv', 'QWU,NURSE,SPECIALIST_INPATIENT,2025,ten,1,1'), ['workforce_plan.csv', 2, 'wte_in_post', "'ten' is not a number"]],
  ['not a boolean', rows('finance_plan.csv', 'QWU,CAPITAL,COMMUNITY_SUPPORT,ADULTS,2025,10,maybe'), ['finance_plan.csv', 2, 'pooled', 'is not a boolean']],
  ['unknown expenditure type', finance('QWU,ICB_BASELINE,COMMUNITY_SUPPORT,ADULTS,2025,10,false,RUNNING'), ['finance_plan.csv', 2, 'expenditure_type', "unknown value 'RUNNING'; allowed: REVENUE, CAPITAL"]],
  ['CAPITAL source line as REVENUE', finance('QWU,CAPITAL,HOUSING_AND_ACCOMMODATION,ADULTS,2025,10,false,REVENUE'), ['finance_plan.csv', 2, 'expenditure_type', 'a CAPITAL source line is capital spending: leave the type blank or write CAPITAL, not REVENUE']],
  ['blank expenditure type is REVENUE: the same line twice', finance('QWU,DOWRY,COMMUNITY_SUPPORT,ADULTS,2025,10,false,', 'QWU,DOWRY,COMMUNITY_SUPPORT,ADULTS,2025,12,false,REVENUE'), ['finance_plan.csv', 3, 'ics_code, funding_source, pathway_stage, cohort, year, expenditure_type', 'duplicate of line 2 (same QWU, DOWRY, COMMUNITY_SUPPORT, ADULTS, 2025, REVENUE)']],
  ['negative amount', rows('unit_costs.csv', 'COMMUNITY_SUPPORT,ADULTS,2025,-5'), ['unit_costs.csv', 2, 'annual_cost_per_person_gbp', 'is negative']],
  ['unknown scope', rows('targets.csv', 'AHC,Wales,AGE_14_PLUS,75,PERCENT,AT_LEAST,2025-03-31,plan'), ['targets.csv', 2, 'scope', "'Wales' is not a scope"]],
  ['life-stage cohort as target group', rows('targets.csv', 'AHC,England,OLDER_ADULTS,75,PERCENT,AT_LEAST,2025-03-31,plan'), ['targets.csv', 2, 'population_group', "unknown population group 'OLDER_ADULTS'; known: ALL_AGES, UNDER_18, AGE_14_PLUS, AGE_18_PLUS"]],
  ['the v1 code of adults', rows('targets.csv', 'AHC,England,ADULTS,75,PERCENT,AT_LEAST,2025-03-31,plan'), ['targets.csv', 2, 'population_group', "unknown population group 'ADULTS'; known: "]],
  ['unknown direction', rows('targets.csv', 'AHC,England,AGE_14_PLUS,75,PERCENT,BELOW,2025-03-31,plan'), ['targets.csv', 2, 'direction', 'allowed: AT_MOST, AT_LEAST']],
  ['a free-text unit', rows('targets.csv', 'INP,England,AGE_18_PLUS,30,per million adults,AT_MOST,2024-03-31,plan'), ['targets.csv', 2, 'unit', "unknown value 'per million adults'; allowed: COUNT, PER_MILLION, PERCENT"]],
  ['a percentage and a count for one metric', rows('targets.csv', 'AHC,England,AGE_14_PLUS,75,PERCENT,AT_LEAST,2025-03-31,plan', 'AHC,QWU,AGE_14_PLUS,80,COUNT,AT_LEAST,2025-03-31,plan'), ['targets.csv', 3, 'unit', "metric AHC has unit 'PERCENT' on line 2"]],
  ['metric for two population groups', rows('targets.csv', 'INP,England,AGE_18_PLUS,30,PER_MILLION,AT_MOST,2024-03-31,plan', 'INP,QWU,UNDER_18,5,COUNT,AT_MOST,2025-03-31,plan'), ['targets.csv', 3, 'population_group', "metric INP has population group 'AGE_18_PLUS' on line 2"]],
  ['metric with two directions', rows('targets.csv', 'INP,England,AGE_18_PLUS,30,PER_MILLION,AT_MOST,2024-03-31,plan', 'INP,QWU,AGE_18_PLUS,5,COUNT,AT_LEAST,2025-03-31,plan'), ['targets.csv', 3, 'direction', "metric INP has direction 'AT_MOST' on line 2"]],
  ['a target repeated for its group and due date', rows('targets.csv', 'INP,QWU,AGE_18_PLUS,30,COUNT,AT_MOST,2024-03-31,plan', 'INP,QWU,AGE_18_PLUS,28,COUNT,AT_MOST,2024-03-31,plan'), ['targets.csv', 3, 'metric_code, scope, population_group, due', 'duplicate of line 2']],
  ['census: unknown population group', rows('inpatient_census.csv', 'QWU,ALL_AGES,ICB,2025-03-31,1,0,0,0,0,0,0,0,'), ['inpatient_census.csv', 2, 'population_group', "unknown value 'ALL_AGES'; allowed: UNDER_18, AGE_18_PLUS"]],
  ['census: unknown commissioner', rows('inpatient_census.csv', 'QWU,UNDER_18,NHSE,2025-03-31,1,0,0,0,0,0,0,0,'), ['inpatient_census.csv', 2, 'commissioner', "unknown value 'NHSE'; allowed: ICB, LOCAL_AUTHORITY, JOINT, NHS_ENGLAND_SPECIALISED, PROVIDER_COLLABORATIVE"]],
  ['census: unknown ICS', rows('inpatient_census.csv', 'QXX,UNDER_18,ICB,2025-03-31,1,0,0,0,0,0,0,0,'), ['inpatient_census.csv', 2, 'ics_code', "unknown ICS 'QXX'"]],
  ['census: negative count', rows('inpatient_census.csv', 'QWU,UNDER_18,ICB,2025-03-31,1,0,0,-1,0,0,0,0,'), ['inpatient_census.csv', 2, 'admissions', 'is negative; must be 0 or more']],
  ['census: fractional count', rows('inpatient_census.csv', 'QWU,UNDER_18,ICB,2025-03-31,1.5,0,0,0,0,0,0,0,'), ['inpatient_census.csv', 2, 'inpatients', "'1.5' is not an integer"]],
  ['census: not a date', rows('inpatient_census.csv', 'QWU,UNDER_18,ICB,2025-02-30,1,0,0,0,0,0,0,0,'), ['inpatient_census.csv', 2, 'period_end', "'2025-02-30' is not a date"]],
  ['census: long stays over inpatients', rows('inpatient_census.csv', 'QWU,AGE_18_PLUS,ICB,2025-03-31,3,4,0,0,0,0,0,0,'), ['inpatient_census.csv', 2, 'total_los_5_years_plus', '4 people in hospital for 5 years or more is more than inpatients (3)']],
  ['census: outside the home ICB over inpatients', rows('inpatient_census.csv', 'QWU,AGE_18_PLUS,ICB,2025-03-31,3,0,5,0,0,0,0,0,'), ['inpatient_census.csv', 2, 'outside_home_icb', 'is more than inpatients (3)']],
  ['census: C(E)TRs on time over due', rows('inpatient_census.csv', 'QWU,AGE_18_PLUS,ICB,2025-03-31,3,0,0,0,0,0,2,3,'), ['inpatient_census.csv', 2, 'cetr_on_time', '3 C(E)TRs held on time is more than cetr_due (2)']],
  ['census: unknown status', rows('inpatient_census.csv', 'QWU,AGE_18_PLUS,ICB,2025-03-31,3,0,0,0,0,0,0,0,DRAFT'), ['inpatient_census.csv', 2, 'status', "unknown value 'DRAFT'; allowed: PROVISIONAL, FINAL"]],
  ['census: a return repeated', rows('inpatient_census.csv', 'QWU,AGE_18_PLUS,ICB,2025-03-31,3,0,0,0,0,0,0,0,', 'QWU,AGE_18_PLUS,ICB,2025-03-31,4,0,0,0,0,0,0,0,FINAL'), ['inpatient_census.csv', 3, 'ics_code, population_group, commissioner, period_end', 'duplicate of line 2']],
  ['training: unknown organisation type', rows('workforce_training.csv', 'QWU,CHARITY,2025,10,5,2,1'), ['workforce_training.csv', 2, 'organisation_type', "unknown value 'CHARITY'; allowed: NHS, LOCAL_AUTHORITY, INDEPENDENT"]],
  ['training: unknown ICS', rows('workforce_training.csv', 'QXX,NHS,2025,10,5,2,1'), ['workforce_training.csv', 2, 'ics_code', "unknown ICS 'QXX'"]],
  ['training: negative staff in scope', rows('workforce_training.csv', 'QWU,NHS,2025,-10,0,2,1'), ['workforce_training.csv', 2, 'tier1_in_scope', 'is negative; must be 0 or more']],
  ['training: tier 1 completed over in scope', rows('workforce_training.csv', 'QWU,NHS,2025,10,11,2,1'), ['workforce_training.csv', 2, 'tier1_completed', '11 staff completed tier 1, more than the 10 in scope of it (tier1_in_scope)']],
  ['training: tier 2 completed over its own scope', rows('workforce_training.csv', 'QWU,INDEPENDENT,2025,10,5,2,3'), ['workforce_training.csv', 2, 'tier2_completed', '3 staff completed tier 2, more than the 2 in scope of it (tier2_in_scope)']],
  ['training: a return repeated', rows('workforce_training.csv', 'QWU,NHS,2025,10,5,2,1', 'QWU,NHS,2025,12,6,2,1'), ['workforce_training.csv', 3, 'ics_code, organisation_type, year', 'duplicate of line 2']],
  ['assessment: unknown authority', rows('assessment_demand.csv', 'E08000099,AUTISM,ADULTS,2025-03-31,10,1,5,40,30'), ['assessment_demand.csv', 2, 'la_code', "unknown local authority 'E08000099'"]],
  ['assessment: unknown category', rows('assessment_demand.csv', 'E08000026,ADHD,ADULTS,2025-03-31,10,1,5,40,30'), ['assessment_demand.csv', 2, 'need_category', "unknown need category 'ADHD'; known: "]],
  ['assessment: the v1 cohort', rows('assessment_demand.csv', 'E08000026,AUTISM,PREPARING_FOR_ADULTHOOD,2025-03-31,10,1,5,40,30'), ['assessment_demand.csv', 2, 'cohort', 'CHILDREN_14_17 (14–17) and YOUNG_ADULTS_18_25']],
  ['assessment: closed over referrals', rows('assessment_demand.csv', 'E08000026,AUTISM,ADULTS,2025-03-31,10,11,5,40,30'), ['assessment_demand.csv', 2, 'closed_without_assessment', '11 referrals closed without assessment is more than referrals (10)']],
  ['assessment: 13 weeks over waiting', rows('assessment_demand.csv', 'E08000026,AUTISM,ADULTS,2025-03-31,10,1,5,40,41'), ['assessment_demand.csv', 2, 'waiting_13_weeks_plus', '41 people waiting 13 weeks or more is more than waiting (40)']],
  ['assessment: negative referrals', rows('assessment_demand.csv', 'E08000026,AUTISM,ADULTS,2025-03-31,-1,0,5,40,30'), ['assessment_demand.csv', 2, 'referrals', 'is negative; must be 0 or more']],
  ['assessment: not a date', rows('assessment_demand.csv', 'E08000026,AUTISM,ADULTS,2025-06-31,10,1,5,40,30'), ['assessment_demand.csv', 2, 'period_end', "'2025-06-31' is not a date"]],
  ['assessment: a return repeated', rows('assessment_demand.csv', 'E08000026,AUTISM,ADULTS,2025-03-31,10,1,5,40,30', 'E08000026,AUTISM,ADULTS,2025-03-31,12,1,5,40,30'), ['assessment_demand.csv', 3, 'la_code, need_category, cohort, period_end', 'duplicate of line 2']],
  ['DSR: keyworkers over red', rows('dynamic_support_register.csv', 'QWU,E08000026,CHILDREN_14_17,AUTISM,2025-03-31,2,5,9,1,3,4,1'), ['dynamic_support_register.csv', 2, 'red_with_keyworker', '3 people with a keyworker is more than red (2)']],
  ['DSR: not a place of the ICS', rows('dynamic_support_register.csv', 'QHL,E08000026,CHILDREN_14_17,AUTISM,2025-03-31,2,5,9,1,,,'), ['dynamic_support_register.csv', 2, 'la_code', 'E08000026 is not a place of ICS QHL']],
  ['DSR: the v1 cohort', rows('dynamic_support_register.csv', 'QWU,E08000026,PREPARING_FOR_ADULTHOOD,AUTISM,2025-03-31,2,5,9,1,,,'), ['dynamic_support_register.csv', 2, 'cohort', 'CHILDREN_14_17 (14–17) and YOUNG_ADULTS_18_25']],
  ['DSR: unknown need category', rows('dynamic_support_register.csv', 'QWU,E08000026,ADULTS,DEMENTIA,2025-03-31,2,5,9,1,,,'), ['dynamic_support_register.csv', 2, 'need_category', "unknown need category 'DEMENTIA'"]],
  ['DSR: negative rating', rows('dynamic_support_register.csv', 'QWU,E08000026,ADULTS,AUTISM,2025-03-31,2,-5,9,1,,,'), ['dynamic_support_register.csv', 2, 'amber', 'is negative; must be 0 or more']],
  ['DSR: a line repeated', rows('dynamic_support_register.csv', 'QWU,E08000026,ADULTS,AUTISM,2025-03-31,2,5,9,1,,,', 'QWU,E08000026,ADULTS,AUTISM,2025-03-31,3,5,9,1,,,'), ['dynamic_support_register.csv', 3, 'ics_code, la_code, cohort, need_category, period_end', 'duplicate of line 2']],
  ['undefined metric', rows('metrics.csv', 'QWU,AHC_COVERAGE_14_PLUS,2025-03-31,70'), ['metrics.csv', 2, 'metric_code', "unknown metric 'AHC_COVERAGE_14_PLUS'"]],
  ['column named twice', { 'population.csv': csv('la_code,cohort,year,people,Year', 'E08000026,ADULTS,2025,3,2026') }, ['population.csv', 1, 'year', 'appears twice in the header (fields 3 and 5)']],
  ['missing column', { 'population.csv': csv('la_code,cohort,year', 'E08000026,ADULTS,2025') }, ['population.csv', 1, 'people', 'required column is missing']],
  ['wrong number of fields', rows('population.csv', 'E08000026,ADULTS,2025'), ['population.csv', 2, 'people', 'has 3 fields; the header has 4 (no value for this column)']],
  ['unclosed quote', rows('needs.csv', 'E08000026,ADULTS,AUTISM,COMMUNITY_SUPPORT,2025,1,"JSNA'), ['needs.csv', 2, 'source', 'not valid CSV: this quoted value is never closed']],
  ['empty file', { 'places.csv': '' }, ['places.csv', 1, '', 'the file is empty']],
  ['bad row after valid files of the same import', { ...rows(la, 'E06000010,"Kingston upon Hull, City of",UNITARY'), ...rows('places.csv', 'QWU,E06000010,2') }, ['places.csv', 2, 'population_share', 'is not in (0, 1]']],
];

test.each(cases)('%s: rejected with the issue, nothing stored', async (_name, files, [file, line, column, message]) => {
  const { issues } = await rejection(files);
  expect(issues[0]).toEqual<DatasetIssue>({ file, line, column, message: expect.stringContaining(message) });
  expect(await snapshot(database)).toEqual(stored);
});

test('issues are collected across all files, up to the limit', async () => {
  const badPeople = Array.from({ length: 60 }, (_, i) => `E08000026,ADULTS,${2030 + i},many`);
  const rejected = await rejection({
    ...rows('places.csv', 'QWU,E06000999,1'),
    ...rows('population.csv', ...badPeople),
  });
  expect(rejected.total).toBe(61);
  expect(rejected.issues).toHaveLength(50);
  expect(formatRejection(rejected)).toEqual([
    "places.csv:2: column la_code: unknown local authority 'E06000999' (not in local_authorities.csv nor stored)",
    ...badPeople.slice(0, 49).map((_, i) => `population.csv:${i + 2}: column people: 'many' is not an integer`),
    '… and 11 more',
  ]);
});
