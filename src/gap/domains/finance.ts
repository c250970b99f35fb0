import { ExpenditureType } from '../../finance/FinancePlanLine.entity.js';
import { findingsSelect, literal, pageRowsOf, type GapDomainSpec } from '../domain-spec.js';
import { GapLevel } from '../GapLevel.js';
import { GapUnit } from '../GapUnit.js';
import { MEET_NEED_STAGE, REDUCE_RULE } from '../stage-direction.sql.js';

const CELL_KEY = ['ics_code', 'pathway_stage_code', 'cohort_code', 'year'];
const REVENUE = literal(ExpenditureType.REVENUE);
const LINE = `jsonb_build_object('fundingSource', f.funding_source, 'amountGbp', f.amount_gbp, 'pooled', f.pooled)`;

/**
 * FINANCE (ICS level only), per stage × cohort × year: need is the people needing support (summed over
 * need categories, attributed by place share) × the annual unit cost for that stage, cohort and year;
 * provision is the joint finance plan's revenue funding: capital is one-off investment, not money to run care
 * each year, so it is listed apart in the explanation and never counted. Without a unit cost the need cannot be costed: the
 * finding is still returned, with need (and so gap, coverage and severity) null, so the missing price
 * shows rather than the funding looking unmatched. Zero people cost nothing, priced or not.
 */
export const finance: GapDomainSpec<'FINANCE'> = {
  name: 'FINANCE',
  description: 'People needing support × annual unit cost vs joint finance plan revenue funding, in GBP (ICS level only).',
  unit: GapUnit.GBP,
  rules: {
    [GapLevel.ICS]:
      'need = people needing support (JSNA, summed over need categories, × place share) × annual unit cost for the stage, ' +
      'cohort and year; provision = REVENUE funding lines of the joint finance plan (capital lines are listed apart in the ' +
      'explanation, with their total, and never counted). Without a unit cost the need is null ' +
      `(missingUnitCost), so coverage and severity are null too. ${REDUCE_RULE}`,
  },

  ctes: (scope) => [
    `fin_people as (
      select sp.ics_code, n.pathway_stage_code, n.cohort_code, n.year, sum(n.people * sp.population_share) as people
      from assessed_needs n join scope_places sp on sp.la_code = n.la_code and ${scope.inPeriod('sp', 'n.year')}
      where ${scope.stageIs('n.pathway_stage_code')} and ${scope.yearIn('n.year')} and n.basis = 'CASELOAD'
      group by sp.ics_code, n.pathway_stage_code, n.cohort_code, n.year)`,
    `fin_lines as (
      select b.to_ics as ics_code, f.pathway_stage_code, f.cohort_code, f.year, f.funding_source, f.amount_gbp * b.share as amount_gbp,
             f.pooled, f.expenditure_type
      from finance_plan_lines f
      ${scope.countedIn('b', { ics: 'f.ics_code', year: 'f.year' })}
      where ${scope.stageIs('f.pathway_stage_code')} and ${scope.yearIn('f.year')})`,
    `fin_cells as (
      select k.*, coalesce(p.people, 0) as people, u.annual_cost_per_person_gbp as unit_cost,
             coalesce(f.amount, 0)::numeric as provision,
             case when coalesce(p.people, 0) = 0 then 0
                  else p.people * u.annual_cost_per_person_gbp end::numeric as need
      from (select ${CELL_KEY.join(', ')} from fin_people union select ${CELL_KEY.join(', ')} from fin_lines) k
      left join fin_people p using (${CELL_KEY.join(', ')})
      left join (select ${CELL_KEY.join(', ')}, sum(amount_gbp) as amount from fin_lines
                 where expenditure_type = ${REVENUE} group by ${CELL_KEY.join(', ')}) f using (${CELL_KEY.join(', ')})
      left join unit_costs u on u.pathway_stage_code = k.pathway_stage_code and u.cohort_code = k.cohort_code
        and u.year = k.year)`,
  ],

  findings: (level) =>
    findingsSelect(finance, level, `fin_cells ${MEET_NEED_STAGE('pathway_stage_code')}`, {
      ics_code: 'ics_code', cohort_code: 'cohort_code', pathway_stage_code: 'pathway_stage_code', year: 'year', need: 'need',
      provision: 'provision',
    }),

  explanation: () => ({
    ctes: [
      `fin_explained_lines as materialized (
        select pg.position,
               coalesce(jsonb_agg(${LINE} order by f.funding_source) filter (where f.expenditure_type = ${REVENUE}), '[]') as lines,
               coalesce(jsonb_agg(${LINE} order by f.funding_source) filter (where f.expenditure_type <> ${REVENUE}), '[]') as capital,
               coalesce(sum(f.amount_gbp) filter (where f.expenditure_type <> ${REVENUE}), 0) as capital_total
        from page pg join fin_lines f on f.ics_code = pg.ics_code and f.pathway_stage_code = pg.pathway_stage_code
          and f.cohort_code = pg.cohort_code and f.year = pg.year
        where ${pageRowsOf(finance)}
        group by pg.position)`,
    ],
    select: `select pg.position, jsonb_build_object(
               'people', c.people, 'unitCostGbp', c.unit_cost,
               'missingUnitCost', c.unit_cost is null and c.people > 0,
               'financeLines', coalesce(l.lines, '[]'::jsonb), 'capitalLines', coalesce(l.capital, '[]'::jsonb),
               'capitalTotalGbp', coalesce(l.capital_total, 0)) as explanation
             from page pg
             join fin_cells c on c.ics_code = pg.ics_code and c.pathway_stage_code = pg.pathway_stage_code
               and c.cohort_code = pg.cohort_code and c.year = pg.year
             left join fin_explained_lines l on l.position = pg.position
             where ${pageRowsOf(finance)}`,
  }),
};
