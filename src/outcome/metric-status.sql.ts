import { SqlParams } from '../db/sql-params.js';
import { applicableTargetCte } from './applicable-target.sql.js';
import { financialYearOf, groupPopulationCte } from './group-population.sql.js';

/** The columns of one applied target (`a` an applicable-target row), compared with the status's value. */
function targetColumns(a: string, prefix: string): string {
  const value = `case when ${a}.unit = 'PER_MILLION' then c.rate else c.value end`;
  return `${a}.target_value::float8 as "${prefix}Value", ${a}.unit as "${prefix}Unit", ${a}.due::text as "${prefix}Due",
    ${a}.source as "${prefix}Source", ${a}.scope as "${prefix}Scope", ${a}.carried_forward as "${prefix}CarriedForward",
    (${value})::float8 as "${prefix}Compared",
    case when ${value} is null or ${a}.target_value is null then null
         when c.direction = 'AT_MOST' then ${value} <= ${a}.target_value
         else ${value} >= ${a}.target_value end as "${prefix}Met"`;
}

/**
 * One statement for the metric statuses of many ICSs at the end of one financial year. The value is the latest
 * recorded up to 31 March ending the year; for the metrics the inpatient census measures (inpatient_census_metrics)
 * it is the census's instead where the ICS has census returns in the year: for each commissioner, its inpatients at
 * its last period end in the year, summed. For the Oliver McGowan coverage metrics (workforce_training_metrics) it is
 * the training returns' where the ICS has returns for the year: completed ÷ in scope of the tier over every kind of
 * employer, as a percent (null when none are in scope), at 31 March ending the year. Targets apply by the one rule of applicable-target.sql.ts: overall (local
 * before national), and local and national apart, each compared in its own unit.
 */
export function metricStatusStatement(icsCodes: string[], year: number): { text: string; params: unknown[] } {
  const params = new SqlParams();
  const requested = params.add(icsCodes, 'text[]');
  const fy = params.add(year, 'int');
  const text = `with
    requested as (select distinct unnest(${requested}) as ics_code),
    bounds as (select make_date(${fy}, 4, 1) as year_start, make_date(${fy} + 1, 3, 31) as year_end),
    latest as (
      select distinct on (v.ics_code, v.metric_code) v.ics_code, v.metric_code, v.period_end, v.value
      from metric_values v join requested r on r.ics_code = v.ics_code cross join bounds b
      where v.period_end <= b.year_end
      order by v.ics_code, v.metric_code, v.period_end desc),
    census_latest as (
      select distinct on (c.ics_code, c.population_group_code, c.commissioner) c.ics_code, c.population_group_code,
             c.period_end, c.inpatients
      from inpatient_census c join requested r on r.ics_code = c.ics_code cross join bounds b
      where c.period_end between b.year_start and b.year_end
      order by c.ics_code, c.population_group_code, c.commissioner, c.period_end desc),
    census_value as (
      select l.ics_code, m.metric_code, max(l.period_end) as period_end, sum(l.inpatients) as value
      from census_latest l join inpatient_census_metrics m on m.population_group_code = l.population_group_code
      group by l.ics_code, m.metric_code),
    training_value as (
      select t.ics_code, m.metric_code, b.year_end as period_end,
             round(sum(case m.tier when 1 then t.tier1_completed else t.tier2_completed end) * 100.0
               / nullif(sum(case m.tier when 1 then t.tier1_in_scope else t.tier2_in_scope end), 0), 10) as value
      from workforce_training t join requested r on r.ics_code = t.ics_code cross join bounds b
      cross join workforce_training_metrics m
      where t.year = ${fy}
      group by t.ics_code, m.metric_code, b.year_end),
    statuses as (
      select r.ics_code, m.code as metric_code, m.name, m.unit, m.direction, m.population_group_code, ${fy}::int as year,
             coalesce(cv.period_end, tv.period_end, l.period_end) as period_end,
             case when cv.metric_code is not null then cv.value when tv.metric_code is not null then tv.value else l.value end as value,
             case when cv.metric_code is not null then 'CENSUS' when tv.metric_code is not null then 'TRAINING'
                  when l.metric_code is not null then 'METRICS' end as value_source,
             coalesce(cv.period_end, tv.period_end, l.period_end, b.year_end) as as_of, m.unit <> 'PERCENT' as counts_people
      from requested r cross join metrics m cross join bounds b
      left join latest l on l.ics_code = r.ics_code and l.metric_code = m.code
      left join census_value cv on cv.ics_code = r.ics_code and cv.metric_code = m.code
      left join training_value tv on tv.ics_code = r.ics_code and tv.metric_code = m.code),
    ${applicableTargetCte('applied', 'statuses')},
    ${applicableTargetCte('applied_each', 'statuses', { eachScope: true })},
    ${groupPopulationCte('group_population', '(select p.ics_code, p.la_code, p.population_share from places p join requested r on r.ics_code = p.ics_code)')},
    status_population as (
      select distinct on (s.ics_code, s.metric_code) s.ics_code, s.metric_code, gp.year, gp.people
      from statuses s join group_population gp on gp.ics_code = s.ics_code and gp.group_code = s.population_group_code
      where s.counts_people
      order by s.ics_code, s.metric_code, abs(gp.year - ${financialYearOf('s.as_of')}), gp.year desc),
    compared as (
      select s.*, sp.people as population, sp.year as population_year,
             case when s.counts_people then s.value * 1000000 / nullif(sp.people, 0) end as rate
      from statuses s left join status_population sp on sp.ics_code = s.ics_code and sp.metric_code = s.metric_code)
  select c.ics_code as "icsCode", c.metric_code as "metricCode", c.name, c.unit, c.direction,
    c.population_group_code as "populationGroup", c.period_end::text as "periodEnd", c.value::float8 as "recordedValue",
    c.value_source as "valueSource", c.population::float8 as population, c.population_year as "populationYear",
    c.rate::float8 as "ratePerMillion",
    (case when a.unit = 'PER_MILLION' or (a.unit is null and c.unit = 'PER_MILLION') then c.rate else c.value end)::float8 as value,
    ${targetColumns('a', 'target')},
    ${targetColumns('lo', 'local')},
    ${targetColumns('na', 'national')}
  from compared c
  left join applied a on a.ics_code = c.ics_code and a.metric_code = c.metric_code
  left join applied_each lo on lo.ics_code = c.ics_code and lo.metric_code = c.metric_code and not lo.national
  left join applied_each na on na.ics_code = c.ics_code and na.metric_code = c.metric_code and na.national
  order by c.ics_code, c.metric_code`;
  return { text, params: params.values };
}
