import { describedEnum, type EnumValue } from '../../graphql/described-enum.js';

/**
 * What gap analytics can group by. The values are spelt as the row fields they fill, so
 * `groupBy: [ics, year]` returns rows whose `ics` and `year` are set.
 */
export const GapDimension = describedEnum('GapDimension', 'A dimension gap analytics can group by.', {
  region: "NHS England region (ODS code) of the finding's ICS.",
  ics: 'ICS (ODS code).',
  localAuthority: 'Local authority (ONS code); groups place-level findings.',
  domain: 'Gap domain (SERVICES, HOUSING, WORKFORCE, FINANCE).',
  cohort: 'Life-stage cohort.',
  cohortGroup:
    "The cohort's group: PREPARING_FOR_ADULTHOOD sums CHILDREN_14_17 and YOUNG_ADULTS_18_25 (the v1 band 14–25). A cohort " +
    'in no group is a group of its own, under its own code (EARLY_YEARS, ADULTS, …); findings without a cohort ' +
    '(WORKFORCE) have a null group.',
  needCategory: 'Need category.',
  pathwayStage: 'Pathway stage.',
  year: 'Financial year.',
});
export type GapDimension = EnumValue<typeof GapDimension>;

/** The SQL expression over a graded finding `g` (joined to its ICS `ics` and its cohort `cohort`) that each dimension groups by. */
export const DIMENSION_COLUMNS: Record<GapDimension, string> = {
  [GapDimension.region]: 'ics.region_ods_code',
  [GapDimension.ics]: 'g.ics_code',
  [GapDimension.localAuthority]: 'g.la_code',
  [GapDimension.domain]: 'g.domain',
  [GapDimension.cohort]: 'g.cohort_code',
  [GapDimension.cohortGroup]: 'coalesce(cohort.cohort_group, g.cohort_code)',
  [GapDimension.needCategory]: 'g.need_category_code',
  [GapDimension.pathwayStage]: 'g.pathway_stage_code',
  [GapDimension.year]: 'g.year',
};
