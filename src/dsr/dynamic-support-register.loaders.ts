import { equalityConditions } from '../graphql/filters.js';
import { childPageLoader, type ChildQuery } from '../graphql/paged-children.js';
import { financialYearOf } from '../outcome/group-population.sql.js';
import type { DynamicSupportRegisterFilter, DynamicSupportRegisterRowType } from './DynamicSupportRegisterRow.type.js';

const COLUMNS = `r.ics_code as "icsCode", r.la_code as "laCode", r.cohort_code as cohort, r.need_category_code as "needCategory",
  r.period_end::text as "periodEnd", r.period_end as period_end, ${financialYearOf('r.period_end')} as year,
  r.red, r.amber, r.green, r.blue, r.red_with_keyworker as "redWithKeyworker",
  r.amber_with_keyworker as "amberWithKeyworker", r.blue_with_keyworker as "blueWithKeyworker",
  co.sort_order as cohort_order, nc.sort_order as category_order`;

const FROM = `from dynamic_support_register r join cohorts co on co.code = r.cohort_code
  join need_categories nc on nc.code = r.need_category_code`;

/**
 * The filter's conditions on the rows `child`: cohort, category and periods; and, by default, only each place's
 * last period end within the periods asked for (a correlated max over the register's place/period index).
 */
function registerConditions(filter: DynamicSupportRegisterFilter, params: unknown[]): string[] {
  const conditions = equalityConditions({ ...filter }, { cohort: 'cohort', needCategory: '"needCategory"' }, params);
  const periods: string[] = [];
  for (const [value, operator] of [[filter.periodEnd, '='], [filter.fromPeriod, '>='], [filter.toPeriod, '<=']] as const) {
    if (value === undefined || value === null) continue;
    params.push(value);
    periods.push(`period_end ${operator} $${params.length}::date`);
  }
  conditions.push(...periods);
  const latest = filter.latest ?? periods.length === 0;
  if (latest) {
    const within = periods.map((condition) => condition.replace('period_end', 'l.period_end'));
    conditions.push(`period_end = (select max(l.period_end) from dynamic_support_register l
      where l.ics_code = "icsCode" and l.la_code = "laCode"${within.map((condition) => ` and ${condition}`).join('')})`);
  }
  return conditions;
}

const ORDER = '"laCode", period_end, cohort_order, category_order';

/** The register lines of each ICS, all its places: by place, period end, cohort and category. */
export const dynamicSupportRegisterOfIcs = childPageLoader<DynamicSupportRegisterFilter, DynamicSupportRegisterRowType>({
  select: `select r.ics_code as parent_key, ${COLUMNS} ${FROM} where r.ics_code = any($1)`,
  order: ORDER,
  where: registerConditions,
} satisfies ChildQuery<DynamicSupportRegisterFilter>);

/** The register lines of each place (parent key `ICS:LA`). */
export const dynamicSupportRegisterOfPlace = childPageLoader<DynamicSupportRegisterFilter, DynamicSupportRegisterRowType>({
  select: `select r.ics_code || ':' || r.la_code as parent_key, ${COLUMNS} ${FROM}
    where (r.ics_code, r.la_code) in (select split_part(k, ':', 1), split_part(k, ':', 2) from unnest($1::text[]) k)`,
  order: ORDER,
  where: registerConditions,
});

/** The key of a place for `dynamicSupportRegisterOfPlace`. */
export const placeKey = (icsCode: string, laCode: string): string => `${icsCode}:${laCode}`;
