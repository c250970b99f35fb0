import { equalityConditions } from '../graphql/filters.js';
import { childPageLoader } from '../graphql/paged-children.js';
import { financialYearOf } from '../outcome/group-population.sql.js';
import type { AssessmentDemandFilter, AssessmentDemandType } from './AssessmentDemand.type.js';

const COLUMNS = `d.la_code as "laCode", d.need_category_code as "needCategory", d.cohort_code as cohort,
  d.period_end::text as "periodEnd", d.period_end as period_end, ${financialYearOf('d.period_end')} as year,
  d.referrals, d.closed_without_assessment as "closedWithoutAssessment", d.completed, d.waiting,
  d.waiting_13_weeks_plus as "waiting13WeeksPlus", p.population_share::float8 as "populationShare",
  nc.sort_order as category_order, co.sort_order as cohort_order`;

// A return counts through the place holding the authority on its period end.
const FROM = `from assessment_demand d
  join places p on p.la_code = d.la_code and (p.valid_from is null or p.valid_from <= d.period_end)
    and (p.valid_to is null or p.valid_to >= d.period_end)
  join need_categories nc on nc.code = d.need_category_code
  join cohorts co on co.code = d.cohort_code`;

const ORDER = '"laCode", category_order, cohort_order, period_end';

function conditions(filter: AssessmentDemandFilter, params: unknown[]): string[] {
  const where = equalityConditions({ ...filter }, { needCategory: '"needCategory"', cohort: 'cohort' }, params);
  for (const [value, operator] of [[filter.fromPeriod, '>='], [filter.toPeriod, '<=']] as const) {
    if (value === undefined || value === null) continue;
    params.push(value);
    where.push(`period_end ${operator} $${params.length}::date`);
  }
  return where;
}

/** The assessment returns of each ICS's authorities, each with the place share attributing it to the ICS. */
export const assessmentDemandOfIcs = childPageLoader<AssessmentDemandFilter, AssessmentDemandType>({
  select: `select p.ics_code as parent_key, ${COLUMNS} ${FROM} where p.ics_code = any($1)`,
  order: ORDER,
  where: conditions,
});

/** The key of one place (one share over one period): ICS, authority and first day. */
export const placeKey = (place: { icsCode: string; laCode: string; validFrom: string | null }): string =>
  `${place.icsCode}|${place.laCode}|${place.validFrom ?? ''}`;

/** The assessment returns of each place's authority during the place's period, with its share. */
export const assessmentDemandOfPlace = childPageLoader<AssessmentDemandFilter, AssessmentDemandType>({
  select: `select p.ics_code || '|' || p.la_code || '|' || coalesce(p.valid_from::text, '') as parent_key, ${COLUMNS} ${FROM}
           where p.ics_code || '|' || p.la_code || '|' || coalesce(p.valid_from::text, '') = any($1)`,
  order: ORDER,
  where: conditions,
});
