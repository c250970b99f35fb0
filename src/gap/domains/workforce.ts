import { WorkforceProvision } from '../../workforce/WorkforceProvision.js';
import { findingsSelect, literal, pageRowsOf, type GapDomainSpec } from '../domain-spec.js';
import { GapLevel } from '../GapLevel.js';
import { GapUnit } from '../GapUnit.js';

/**
 * WORKFORCE (ICS level only), per stage × role × year: need is WTE required; provision is WTE in post for
 * a year ended or under way on the as-of date (what is there, so vacancies show), WTE planned for a year
 * to come (the plan is all there is yet).
 */
export const workforce: GapDomainSpec<'WORKFORCE'> = {
  name: 'WORKFORCE',
  description:
    'Workforce plan: WTE required vs WTE in post (years ended or under way) or WTE planned (years to come), by stage and role (ICS level only).',
  unit: GapUnit.WTE,
  rules: {
    [GapLevel.ICS]:
      'need = WTE required in the workforce plan; provision = WTE in post for a financial year that has ended or is under way ' +
      'on the as-of date (AS_OF_DATE, else today), so vacancies against the requirement show, and WTE planned for later years. ' +
      'The explanation gives in post, planned and required, which of them counted, and the as-of date.',
  },

  ctes: (scope) => [
    `wf_lines as (
      select b.to_ics as ics_code, w.ics_code as named_ics_code, w.role, r.name as role_name, w.pathway_stage_code, w.year,
             w.wte_in_post * b.share as wte_in_post, w.wte_planned * b.share as wte_planned,
             w.wte_required * b.share as wte_required, b.share as boundary_share,
             case when w.year <= ${scope.yearUnderWay()} then ${literal(WorkforceProvision.IN_POST)}
                  else ${literal(WorkforceProvision.PLANNED)} end as counted,
             to_char(${scope.asOfDate()}, 'YYYY-MM-DD') as as_of_date
      from workforce_plan_lines w
      ${scope.countedIn('b', { ics: 'w.ics_code', year: 'w.year' })}
      join workforce_roles r on r.code = w.role
      where ${scope.stageIs('w.pathway_stage_code')} and ${scope.yearIn('w.year')})`,
  ],

  findings: (level) =>
    findingsSelect(workforce, level, 'wf_lines', {
      ics_code: 'ics_code', pathway_stage_code: 'pathway_stage_code', role: 'role::text', role_name: 'role_name::text', year: 'year',
      need: 'sum(wte_required)::numeric',
      provision: `sum(case counted when ${literal(WorkforceProvision.IN_POST)} then wte_in_post else wte_planned end)::numeric`,
    }, ['ics_code', 'pathway_stage_code', 'role', 'role_name', 'year']),

  explanation: () => ({
    ctes: [],
    select: `select pg.position, jsonb_build_object(
               'workforceLines', jsonb_agg(jsonb_build_object('role', c.role, 'roleName', c.role_name,
                 'wteInPost', c.wte_in_post, 'wtePlanned', c.wte_planned, 'wteRequired', c.wte_required,
                 'namedIcsCode', c.named_ics_code, 'boundaryShare', c.boundary_share) order by c.named_ics_code),
               'workforceProvision', min(c.counted), 'asOfDate', min(c.as_of_date)) as explanation
             from page pg join wf_lines c on c.ics_code = pg.ics_code and c.pathway_stage_code = pg.pathway_stage_code
               and c.role = pg.role and c.year = pg.year
             where ${pageRowsOf(workforce)}
             group by pg.position`,
  }),
};
