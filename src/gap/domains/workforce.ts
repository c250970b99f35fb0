import { findingsSelect, pageRowsOf, type GapDomainSpec } from '../domain-spec.js';
import { GapLevel } from '../GapLevel.js';
import { GapUnit } from '../GapUnit.js';

/** WORKFORCE (ICS level only): need is WTE required, provision WTE planned, per stage × role × year. */
export const workforce: GapDomainSpec<'WORKFORCE'> = {
  name: 'WORKFORCE',
  description: 'Workforce plan: WTE required vs WTE planned, by stage and role (ICS level only).',
  unit: GapUnit.WTE,
  rules: {
    [GapLevel.ICS]: 'need = WTE required in the workforce plan; provision = WTE planned (WTE in post shown for reference).',
  },

  ctes: (scope) => [
    `wf_lines as (
      select w.ics_code, w.role, w.pathway_stage_code, w.year, w.wte_in_post, w.wte_planned, w.wte_required
      from workforce_plan_lines w join scope_ics i on i.ics_code = w.ics_code
      where ${scope.stageIs('w.pathway_stage_code')} and ${scope.yearIn('w.year')})`,
  ],

  findings: (level) =>
    findingsSelect(workforce, level, 'wf_lines', {
      ics_code: 'ics_code', pathway_stage_code: 'pathway_stage_code', role: 'role::text', year: 'year',
      need: 'sum(wte_required)::numeric', provision: 'sum(wte_planned)::numeric',
    }, ['ics_code', 'pathway_stage_code', 'role', 'year']),

  explanation: () => ({
    ctes: [],
    select: `select pg.position, jsonb_build_object('workforceLines', jsonb_agg(jsonb_build_object(
               'role', c.role, 'wteInPost', c.wte_in_post, 'wtePlanned', c.wte_planned, 'wteRequired', c.wte_required)))
               as explanation
             from page pg join wf_lines c on c.ics_code = pg.ics_code and c.pathway_stage_code = pg.pathway_stage_code
               and c.role = pg.role and c.year = pg.year
             where ${pageRowsOf(workforce)}
             group by pg.position`,
  }),
};
