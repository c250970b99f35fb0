/**
 * Which target applies (DOMAIN.md, "Outcome metrics and targets"), as one CTE both the INPATIENTS gap domain and
 * `metricStatus` use. A target's scope is England (stored as no ICS) or one ICS. For an ICS and a financial year,
 * among the targets of the metric and population group due by the year's end (31 March):
 * - the latest due within the year applies, a local one before a national one;
 * - if none is due within the year, the latest due before it applies (local first when due the same day),
 *   marked `carried_forward`.
 * Targets due after the year never apply to it.
 *
 * `requests` is a CTE (or subquery) with `ics_code` (ODS), `metric_code`, `population_group_code` and `year`.
 * The CTE `name` has one row per request that has a target: those columns, `national` (boolean), `scope`
 * ('England' or the ICS code), `target_value`, `unit`, `due`, `source` and `carried_forward`. With
 * `eachScope`, it has up to two rows per request: the local and the national target that apply, each chosen
 * by the same rule among its own scope's targets (for showing local and national status side by side).
 */
export function applicableTargetCte(name: string, requests: string, { eachScope = false } = {}): string {
  const yearStart = 'make_date(r.year, 4, 1)';
  const scopeKey = eachScope ? ', (t.ics_code is null)' : '';
  return `${name} as (
    select distinct on (r.ics_code, r.metric_code, r.population_group_code, r.year${scopeKey})
      r.ics_code, r.metric_code, r.population_group_code, r.year, t.ics_code is null as national,
      coalesce(t.ics_code, 'England') as scope, t.target_value, t.unit, t.due, t.source,
      t.due < ${yearStart} as carried_forward
    from ${requests} r
    join targets t on t.metric_code = r.metric_code and t.population_group_code = r.population_group_code
      and (t.ics_code is null or t.ics_code = r.ics_code) and t.due <= make_date(r.year + 1, 3, 31)
    order by r.ics_code, r.metric_code, r.population_group_code, r.year${scopeKey},
      t.due < ${yearStart},
      case when t.due >= ${yearStart} then t.ics_code is null end,
      t.due desc,
      t.ics_code is null)`;
}
