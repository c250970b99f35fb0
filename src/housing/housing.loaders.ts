import { childPageLoader } from '../graphql/paged-children.js';
import { equalityConditions, yearConditions } from '../graphql/filters.js';
import type { HousingPlanFilter, HousingPlanLineType } from './HousingPlanLine.type.js';

/** The housing plan of each ICS: whole-ICS lines first, then places, each as a series of years. */
export const housingPlanOfIcs = childPageLoader<HousingPlanFilter, HousingPlanLineType>({
  select: `select h.ics_code as parent_key, h.version, h.ics_code as "icsCode", h.la_code as "laCode",
             case when h.la_code is null then 'WHOLE_ICS' else 'PLACE' end as catchment,
             h.accommodation_type as "accommodationType", h.cohort_code as cohort, h.year,
             h.bed_spaces as "bedSpaces", c.sort_order as cohort_order
           from housing_plan_lines h join cohorts c on c.code = h.cohort_code
           where h.ics_code = any($1)`,
  order: '"laCode" nulls first, "accommodationType", cohort_order, year',
  where: (filter, params) => [
    ...equalityConditions(
      { ...filter },
      { cohort: 'cohort', laCode: '"laCode"', accommodationType: '"accommodationType"' },
      params,
    ),
    ...yearConditions(filter, 'year', params),
  ],
});
