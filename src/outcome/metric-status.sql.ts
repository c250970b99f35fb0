import { SqlParams } from '../db/sql-params.js';

/** Last single year of age assumed for an open-ended band (65+) when it overlaps a bounded age group. */
export const OPEN_BAND_LAST_AGE = 99;

// The financial year (1 April–31 March) a date falls in, by its starting calendar year.
const financialYearOf = (date: string) =>
  `(extract(year from ${date})::int - case when extract(month from ${date}) < 4 then 1 else 0 end)`;

/** One statement for the metric statuses of many ICSs at the end of one financial year. */
export function metricStatusStatement(icsCodes: string[], year: number): { text: string; params: unknown[] } {
  const params = new SqlParams();
  const requested = params.add(icsCodes, 'text[]');
  const nextYear = params.add(year + 1, 'int');
  const lastAge = params.add(OPEN_BAND_LAST_AGE, 'int');
  const text = `with
    requested as (select distinct unnest(${requested}) as ics_code),
    bounds as (select make_date(${nextYear}, 3, 31) as year_end),
    latest as (
      select distinct on (v.ics_code, v.metric_code) v.ics_code, v.metric_code, v.period_end, v.value
      from metric_values v join requested r on r.ics_code = v.ics_code cross join bounds b
      where v.period_end <= b.year_end
      order by v.ics_code, v.metric_code, v.period_end desc),
    statuses as (
      select r.ics_code, m.code, m.name, m.unit, m.direction, m.population_group_code, l.period_end, l.value,
             coalesce(l.period_end, b.year_end) as as_of, m.unit ilike 'per million%' as per_million
      from requested r cross join metrics m cross join bounds b
      left join latest l on l.ics_code = r.ics_code and l.metric_code = m.code),
    applied as (
      select distinct on (s.ics_code, s.code) s.ics_code, s.code, t.ics_code as target_ics, t.target_value, t.due, t.source
      from statuses s join targets t on t.metric_code = s.code and (t.ics_code is null or t.ics_code = s.ics_code)
      order by s.ics_code, s.code, t.ics_code is null, t.due > s.as_of, abs(t.due - s.as_of)),
    group_population as (
      select p.ics_code, e.year, g.code as group_code,
             sum(e.people * p.population_share
                 * greatest(0, least(coalesce(c.max_age, ${lastAge}), coalesce(g.max_age, ${lastAge})) - greatest(c.min_age, g.min_age) + 1)
                 / (coalesce(c.max_age, ${lastAge}) - c.min_age + 1)) as people
      from population_estimates e
      join places p on p.la_code = e.la_code
      join requested r on r.ics_code = p.ics_code
      join cohorts c on c.code = e.cohort_code
      cross join population_groups g
      group by p.ics_code, e.year, g.code),
    status_population as (
      select distinct on (s.ics_code, s.code) s.ics_code, s.code, gp.year, gp.people
      from statuses s join group_population gp on gp.ics_code = s.ics_code and gp.group_code = s.population_group_code
      where s.per_million
      order by s.ics_code, s.code, abs(gp.year - ${financialYearOf('s.as_of')}), gp.year desc),
    compared as (
      select s.*, sp.people as population, sp.year as population_year,
             case when s.per_million then s.value * 1000000 / nullif(sp.people, 0) end as rate,
             case when s.per_million then s.value * 1000000 / nullif(sp.people, 0) else s.value end as compared_value
      from statuses s left join status_population sp on sp.ics_code = s.ics_code and sp.code = s.code)
  select c.ics_code as "icsCode", c.code as "metricCode", c.name, c.unit, c.direction,
    c.population_group_code as "populationGroup", c.period_end::text as "periodEnd", c.value::float8 as "recordedValue",
    c.population::float8 as population, c.population_year as "populationYear", c.rate::float8 as "ratePerMillion",
    c.compared_value::float8 as value, a.target_value::float8 as "targetValue", a.due::text as "targetDue",
    a.source as "targetSource", coalesce(a.target_ics, 'England') as "targetScope",
    case when c.compared_value is null or a.target_value is null then null
         when c.direction = 'AT_MOST' then c.compared_value <= a.target_value
         else c.compared_value >= a.target_value end as met
  from compared c left join applied a on a.ics_code = c.ics_code and a.code = c.code
  order by c.ics_code, c.code`;
  return { text, params: params.values };
}
