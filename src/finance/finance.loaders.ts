import { childPageLoader } from '../graphql/paged-children.js';
import { equalityConditions, yearConditions } from '../graphql/filters.js';
import type { FinancePlanFilter, FinancePlanLineType } from './FinancePlanLine.type.js';

/** The joint finance plan of each ICS in pathway order, each funding line as a series of years. */
export const financePlanOfIcs = childPageLoader<FinancePlanFilter, FinancePlanLineType>({
  // Amounts as text: both drivers then hand over the exact stored digits.
  select: `select f.ics_code as parent_key, f.version, f.ics_code as "icsCode", f.funding_source as "fundingSource",
             f.pathway_stage_code as "pathwayStage", f.cohort_code as cohort, f.year,
             f.amount_gbp::text as "amountGbp", f.pooled, f.expenditure_type as "expenditureType", ps.sort_order as stage_order, c.sort_order as cohort_order
           from finance_plan_lines f
           join pathway_stages ps on ps.code = f.pathway_stage_code
           join cohorts c on c.code = f.cohort_code
           where f.ics_code = any($1)`,
  order: 'stage_order, cohort_order, "fundingSource", year, "expenditureType" desc',
  where: (filter, params) => [
    ...equalityConditions(
      { ...filter },
      {
        cohort: 'cohort', pathwayStage: '"pathwayStage"', fundingSource: '"fundingSource"', pooled: 'pooled',
        expenditureType: '"expenditureType"',
      },
      params,
    ),
    ...yearConditions(filter, 'year', params),
  ],
});
