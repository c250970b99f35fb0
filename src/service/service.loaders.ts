import { childPageLoader } from '../graphql/paged-children.js';
import { equalityConditions } from '../graphql/filters.js';
import { checkedFinancialYear } from '../graphql/financial-year.js';
import { CAPACITY_BASIS } from '../gap/capacity-count.sql.js';
import type { CommissionedServiceType, ServiceFilter } from './CommissionedService.type.js';

// Cohorts and categories come from the pivot tables as ordered arrays, so one row is one service.
const codesOf = (pivot: string, column: string, vocabulary: string) =>
  `coalesce((select array_agg(x.${column}::text order by v.sort_order)
             from ${pivot} x join ${vocabulary} v on v.code = x.${column} where x.service_id = s.id), '{}')`;

function serviceConditions(filter: ServiceFilter, params: unknown[]): string[] {
  const conditions = equalityConditions(
    { ...filter },
    { pathwayStage: '"pathwayStage"', laCode: '"laCode"', commissioner: 'commissioner' },
    params,
  );
  const member = (value: string | null | undefined, column: string) => {
    if (value === undefined || value === null) return;
    params.push(value);
    conditions.push(`$${params.length} = any(${column})`);
  };
  member(filter.cohort, 'cohorts');
  member(filter.needCategory, '"needCategories"');
  // Active in a financial year Y: starts by 31 March Y+1 and has not ended before 1 April Y.
  // As for other plans, each bound given adds its own conditions: `year` both, the range one each.
  // Years are checked: far outside the dataset's years, make_date has no date to make.
  const bound = (field: 'year' | 'fromYear' | 'toYear', condition: (param: string) => string) => {
    const year = filter[field];
    if (year === undefined || year === null) return;
    params.push(checkedFinancialYear(`filter.${field}`, year));
    conditions.push(condition(`$${params.length}::int`));
  };
  for (const field of ['year', 'toYear'] as const) bound(field, (y) => `start_on <= make_date(${y} + 1, 3, 31)`);
  for (const field of ['year', 'fromYear'] as const) bound(field, (y) => `(end_on is null or end_on >= make_date(${y}, 4, 1))`);
  return conditions;
}

/** The services of each ICS, place-level and whole-ICS alike, in pathway order. */
export const servicesOfIcs = childPageLoader<ServiceFilter, CommissionedServiceType>({
  select: `select s.ics_code as parent_key, s.version, s.service_code as "serviceCode", s.name, s.ics_code as "icsCode",
             s.la_code as "laCode", case when s.la_code is null then 'WHOLE_ICS' else 'PLACE' end as catchment,
             s.commissioner, s.provider, s.pathway_stage_code as "pathwayStage",
             ${codesOf('commissioned_service_cohorts', 'cohort_code', 'cohorts')} as cohorts,
             ${codesOf('commissioned_service_need_categories', 'need_category_code', 'need_categories')} as "needCategories",
             s.service_type_code as "serviceType", s.capacity_people as "capacityPeople",
             ${CAPACITY_BASIS} as "capacityBasis", s.min_age as "minAge", s.max_age as "maxAge", s.start_date::text as "startDate", s.end_date::text as "endDate",
             s.start_date as start_on, s.end_date as end_on, ps.sort_order as stage_order
           from commissioned_services s join pathway_stages ps on ps.code = s.pathway_stage_code
           left join service_types st on st.code = s.service_type_code
           where s.ics_code = any($1)`,
  order: 'stage_order, "serviceCode"',
  where: serviceConditions,
});
