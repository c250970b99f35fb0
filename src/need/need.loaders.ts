import { childPageLoader } from '../graphql/paged-children.js';
import { equalityConditions, yearConditions } from '../graphql/filters.js';
import type { AssessedNeedType, NeedFilter } from './AssessedNeed.type.js';

const NEED_COLUMNS = `n.la_code as "laCode", n.cohort_code as cohort, n.need_category_code as "needCategory",
  n.pathway_stage_code as "pathwayStage", n.year, n.year || '/' || lpad(((n.year + 1) % 100)::text, 2, '0') as "yearLabel",
  n.people, n.basis, n.source, n.version`;

function needConditions(filter: NeedFilter, params: unknown[]): string[] {
  return [
    ...equalityConditions(
      { ...filter },
      { cohort: 'cohort', needCategory: '"needCategory"', pathwayStage: '"pathwayStage"', laCode: '"laCode"' },
      params,
    ),
    ...yearConditions(filter, 'year', params),
  ];
}

const NEED_ORDER = '"laCode", year, cohort_order, category_order, stage_order, basis';

const ORDER_COLUMNS = `c.sort_order as cohort_order, nc.sort_order as category_order, ps.sort_order as stage_order`;
const ORDER_JOINS = `join cohorts c on c.code = n.cohort_code
  join need_categories nc on nc.code = n.need_category_code
  join pathway_stages ps on ps.code = n.pathway_stage_code`;

/** The needs of the authorities in each ICS, with the place share that attributes them to it. */
export const needsOfIcs = childPageLoader<NeedFilter, AssessedNeedType>({
  select: `select p.ics_code as parent_key, ${NEED_COLUMNS}, p.population_share::float8 as "populationShare",
             (n.people * p.population_share)::float8 as "attributedPeople", ${ORDER_COLUMNS}
           from assessed_needs n join places p on p.la_code = n.la_code ${ORDER_JOINS}
           where p.ics_code = any($1)`,
  order: NEED_ORDER,
  where: needConditions,
});

/** The needs a local authority's JSNA records, whole (share 1). */
export const needsOfLocalAuthority = childPageLoader<NeedFilter, AssessedNeedType>({
  select: `select n.la_code as parent_key, ${NEED_COLUMNS}, 1::float8 as "populationShare",
             n.people::float8 as "attributedPeople", ${ORDER_COLUMNS}
           from assessed_needs n ${ORDER_JOINS}
           where n.la_code = any($1)`,
  order: NEED_ORDER,
  where: needConditions,
});
