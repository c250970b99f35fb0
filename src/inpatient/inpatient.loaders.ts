import { equalityConditions } from '../graphql/filters.js';
import { childPageLoader } from '../graphql/paged-children.js';
import { financialYearOf } from '../outcome/group-population.sql.js';
import type { InpatientCensusFilter, InpatientCensusType } from './InpatientCensus.type.js';

/** The census returns of each ICS: by population group (under-18s first), commissioner and period end. */
export const inpatientCensusOfIcs = childPageLoader<InpatientCensusFilter, InpatientCensusType>({
  select: `select c.ics_code as parent_key, c.ics_code as "icsCode", c.population_group_code as "populationGroup",
             c.commissioner, c.period_end::text as "periodEnd", c.period_end as period_end,
             ${financialYearOf('c.period_end')} as year, c.inpatients, c.total_los_5_years_plus as "totalLos5YearsPlus",
             c.outside_home_icb as "outsideHomeIcb", c.admissions, c.transfers, c.discharges, c.cetr_due as "cetrDue",
             c.cetr_on_time as "cetrOnTime", c.status, g.min_age as group_min_age
           from inpatient_census c join population_groups g on g.code = c.population_group_code
           where c.ics_code = any($1)`,
  order: 'group_min_age, "populationGroup", commissioner, period_end',
  where: (filter, params) => {
    const conditions = equalityConditions({ ...filter }, { populationGroup: '"populationGroup"', commissioner: 'commissioner' }, params);
    for (const [value, operator] of [[filter.fromPeriod, '>='], [filter.toPeriod, '<=']] as const) {
      if (value === undefined || value === null) continue;
      params.push(value);
      conditions.push(`period_end ${operator} $${params.length}::date`);
    }
    return conditions;
  },
});
