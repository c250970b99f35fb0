import { SqlParams } from '../db/sql-params.js';
import { applicableTargetCte } from '../outcome/applicable-target.sql.js';
import type { WorkforceTrainingFilter } from './WorkforceTraining.type.js';

/** Coverage of one tier: completed ÷ in scope in exact decimals, null when none are in scope. */
const coverage = (tier: 1 | 2) =>
  `round(g.tier${tier}_completed::numeric / nullif(g.tier${tier}_in_scope, 0), 10)::float8 as "tier${tier}Coverage"`;

/** A tier's applied target and whether its coverage meets it, compared exactly (completed × 100 against target × in scope). */
const target = (tier: 1 | 2) => {
  const t = `t${tier}`;
  const percentOf = `g.tier${tier}_completed * 100.0`;
  const bar = `${t}.target_value * g.tier${tier}_in_scope`;
  return `${t}.target_value::float8 as "tier${tier}Target",
    case when ${t}.target_value is null or g.tier${tier}_in_scope = 0 then null
         when ${t}.direction = 'AT_MOST' then ${percentOf} <= ${bar} else ${percentOf} >= ${bar} end as "tier${tier}TargetMet"`;
};

/**
 * One statement for the training rows and yearly totals of many ICSs under one filter: rows per organisation type
 * and year, and their sums per year (grouping sets), each with the tier 1 and tier 2 coverage targets that apply to
 * the ICS and year by the rule of applicable-target.sql.ts (which metric measures which tier is data:
 * workforce_training_metrics). Only PERCENT targets are compared with coverage.
 */
export function workforceTrainingStatement(icsCodes: string[], filter: WorkforceTrainingFilter): { text: string; params: unknown[] } {
  const params = new SqlParams();
  const requested = params.add(icsCodes, 'text[]');
  const conditions = [
    ...(filter.year == null ? [] : [`t.year = ${params.add(filter.year, 'int')}`]),
    ...(filter.organisationType == null ? [] : [`t.organisation_type = ${params.add(filter.organisationType, 'text')}`]),
  ];
  const text = `with
    requested as (select distinct unnest(${requested}) as ics_code),
    grouped as (
      select t.ics_code, t.organisation_type, t.year, grouping(t.organisation_type) = 1 as is_total,
             sum(t.tier1_in_scope)::int as tier1_in_scope, sum(t.tier1_completed)::int as tier1_completed,
             sum(t.tier2_in_scope)::int as tier2_in_scope, sum(t.tier2_completed)::int as tier2_completed
      from workforce_training t join requested r on r.ics_code = t.ics_code
      ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
      group by grouping sets ((t.ics_code, t.organisation_type, t.year), (t.ics_code, t.year))),
    tier_requests as (
      select distinct g.ics_code, m.code as metric_code, m.population_group_code, g.year
      from grouped g cross join workforce_training_metrics wm join metrics m on m.code = wm.metric_code),
    ${applicableTargetCte('applied', 'tier_requests')},
    tier_targets as (
      select a.ics_code, a.year, wm.tier, a.target_value, m.direction
      from applied a join workforce_training_metrics wm on wm.metric_code = a.metric_code
      join metrics m on m.code = a.metric_code
      where a.unit = 'PERCENT')
  select g.ics_code as "icsCode", g.organisation_type as "organisationType", g.year, g.is_total as "isTotal",
    g.tier1_in_scope as "tier1InScope", g.tier1_completed as "tier1Completed", ${coverage(1)},
    g.tier2_in_scope as "tier2InScope", g.tier2_completed as "tier2Completed", ${coverage(2)},
    ${target(1)},
    ${target(2)}
  from grouped g
  left join tier_targets t1 on t1.ics_code = g.ics_code and t1.year = g.year and t1.tier = 1
  left join tier_targets t2 on t2.ics_code = g.ics_code and t2.year = g.year and t2.tier = 2
  order by g.ics_code, g.year, array_position(array['NHS', 'LOCAL_AUTHORITY', 'INDEPENDENT'], g.organisation_type)`;
  return { text, params: params.values };
}
