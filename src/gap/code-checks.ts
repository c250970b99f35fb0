import type { SqlParams } from '../db/sql-params.js';
import { GapFilterError } from './gap-filter.js';

/** Codes a caller gave, checked against the stored vocabularies in the same statement as the findings. */
export interface CodesToCheck {
  icsCode: string | null;
  laCode: string | null;
  cohort: string | null;
  needCategory: string | null;
  pathwayStage: string | null;
  populationGroup?: string | null;
}

/** A row of `checks`: which given codes are unknown, and the known codes to suggest. */
export interface CheckRow {
  ics_known: boolean;
  la_known: boolean;
  la_in_ics: boolean;
  cohort_known: boolean;
  need_category_known: boolean;
  pathway_stage_known: boolean;
  population_group_known: boolean;
  cohort_codes: string | null;
  need_category_codes: string | null;
  pathway_stage_codes: string | null;
  population_group_codes: string | null;
}

export const CHECK_COLUMNS = [
  'ics_known', 'la_known', 'la_in_ics', 'cohort_known', 'need_category_known', 'pathway_stage_known',
  'population_group_known', 'cohort_codes', 'need_category_codes', 'pathway_stage_codes', 'population_group_codes',
];

/** `checks` CTE: one row. Run inside the findings statement, so validation costs no extra round trip. */
export function checksCte(params: SqlParams, codes: CodesToCheck): string {
  const ics = params.add(codes.icsCode, 'text');
  const la = params.add(codes.laCode, 'text');
  const vocabulary = (value: string | null | undefined, table: string, alias: string, order = 'sort_order') => {
    const code = params.add(value ?? null, 'text');
    return `(${code} is null or exists (select 1 from ${table} where code = ${code})) as ${alias}_known,
      case when ${code} is not null then (select string_agg(code, ', ' order by ${order}) from ${table}) end as ${alias}_codes`;
  };
  return `checks as (
    select
      (${ics} is null or exists (select 1 from integrated_care_systems where ods_code = ${ics} or ons_code = ${ics})) as ics_known,
      (${la} is null or exists (select 1 from local_authorities where ons_code = ${la})) as la_known,
      (${la} is null or ${ics} is null or exists (
         select 1 from places p join integrated_care_systems i on i.ods_code = p.ics_code
         where p.la_code = ${la} and (i.ods_code = ${ics} or i.ons_code = ${ics}))) as la_in_ics,
      ${vocabulary(codes.cohort, 'cohorts', 'cohort')},
      ${vocabulary(codes.needCategory, 'need_categories', 'need_category')},
      ${vocabulary(codes.pathwayStage, 'pathway_stages', 'pathway_stage')},
      ${vocabulary(codes.populationGroup, 'population_groups', 'population_group', 'min_age, code')})`;
}

/** The first unknown code, as a GapFilterError naming its field (`cohort`), or null when every code is known. */
export function unknownCode(check: CheckRow, codes: CodesToCheck): GapFilterError | null {
  if (!check.ics_known) return new GapFilterError('icsCode', `no ICS has the ODS or ONS code '${codes.icsCode}'`);
  if (!check.la_known) return new GapFilterError('laCode', `no local authority has the ONS code '${codes.laCode}'`);
  if (!check.la_in_ics) return new GapFilterError('laCode', `${codes.laCode} is not a place of ICS ${codes.icsCode}`);
  if (!check.cohort_known) {
    const retired = codes.cohort === 'PREPARING_FOR_ADULTHOOD'
      ? ' (since v2 a cohort group: ask for CHILDREN_14_17 or YOUNG_ADULTS_18_25, or group analytics by cohortGroup)'
      : '';
    return new GapFilterError('cohort', `unknown cohort '${codes.cohort}'${retired}; known: ${check.cohort_codes}`);
  }
  if (!check.need_category_known) {
    return new GapFilterError('needCategory', `unknown need category '${codes.needCategory}'; known: ${check.need_category_codes}`);
  }
  if (!check.pathway_stage_known) {
    return new GapFilterError('pathwayStage', `unknown pathway stage '${codes.pathwayStage}'; known: ${check.pathway_stage_codes}`);
  }
  if (!check.population_group_known) {
    return new GapFilterError(
      'populationGroup', `unknown population group '${codes.populationGroup}'; known: ${check.population_group_codes}`);
  }
  return null;
}
