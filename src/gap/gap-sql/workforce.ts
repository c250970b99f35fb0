import { GapDomain, GapLevel, GapUnit } from '../gap-enums.js';
import { literal, type DomainSql } from './domain-sql.js';

/** WORKFORCE (ICS level only): need is WTE required, provision WTE planned, per stage × role × year. */
export const workforceSql: DomainSql = {
  domain: GapDomain.WORKFORCE,
  levels: [GapLevel.ICS],

  ctes: (scope) => [
    `wf_lines as (
      select w.ics_code, w.role, w.pathway_stage_code, w.year, w.wte_in_post, w.wte_planned, w.wte_required
      from workforce_plan_lines w join scope_ics i on i.ics_code = w.ics_code
      where ${scope.stageIs('w.pathway_stage_code')} and ${scope.yearIn('w.year')})`,
  ],

  findings: (level) =>
    `select ${literal(GapDomain.WORKFORCE)} as domain, ${literal(level)} as level, ics_code, null::text as la_code,
       null::text as cohort_code, null::text as need_category_code, pathway_stage_code, role::text, year,
       sum(wte_required)::numeric as need, sum(wte_planned)::numeric as provision, ${literal(GapUnit.WTE)} as unit
     from wf_lines
     group by ics_code, pathway_stage_code, role, year`,

  explanation: () => ({
    ctes: [],
    select: `select pg.position, jsonb_build_object('workforceLines', jsonb_agg(jsonb_build_object(
               'role', c.role, 'wteInPost', c.wte_in_post, 'wtePlanned', c.wte_planned, 'wteRequired', c.wte_required)))
               as explanation
             from page pg join wf_lines c on c.ics_code = pg.ics_code and c.pathway_stage_code = pg.pathway_stage_code
               and c.role = pg.role and c.year = pg.year
             where pg.domain = ${literal(GapDomain.WORKFORCE)}
             group by pg.position`,
  }),
};
