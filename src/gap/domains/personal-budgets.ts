import { inPeriod } from '../../organisation/boundaries.sql.js';
import { BudgetType, DeliveryMechanism, MECHANISMS_OF } from '../../personal-budget/PersonalBudget.entity.js';
import { findingsSelect, literal, pageRowsOf, type GapDomainSpec } from '../domain-spec.js';
import { GapLevel } from '../GapLevel.js';
import { GapUnit } from '../GapUnit.js';

/** Long-term support in the community: the stage personal budgets pay for. */
const STAGE = 'COMMUNITY_SUPPORT';

const list = (values: readonly string[]) => values.map(literal).join(', ');
/** ASCOF 1C's numerator: support the person directs, through a direct payment or a budget managed for them. */
const SELF_DIRECTED = list([
  DeliveryMechanism.DIRECT_PAYMENT_ONLY, DeliveryMechanism.PART_DIRECT_PAYMENT, DeliveryMechanism.MANAGED_PERSONAL_BUDGET,
]);
const DIRECT_PAYMENT = list([DeliveryMechanism.DIRECT_PAYMENT_ONLY, DeliveryMechanism.PART_DIRECT_PAYMENT]);
const SOCIAL_CARE = literal(BudgetType.SOCIAL_CARE);
const PHB = literal(BudgetType.PHB);
/** Every mechanism of both returns, in the order the returns list them (social care first). */
const MECHANISMS = [BudgetType.SOCIAL_CARE, BudgetType.PHB].flatMap((type) => MECHANISMS_OF[type].map((m) => [type, m]));

/** Matches a page row `pg` to rows `r` of the same finding (at ICS level, every place of the ICS with returns). */
const sameFinding = (level: GapLevel, r: string) =>
  `${r}.ics_code = pg.ics_code and ${r}.cohort_code = pg.cohort_code and ${r}.year = pg.year` +
  (level === GapLevel.PLACE ? ` and ${r}.la_code = pg.la_code` : '');

const RETURNS_ONLY =
  'Only where the returns have rows for the place, cohort and year (no return is not zero).';

/**
 * PERSONAL_BUDGETS: self-directed support among adults in long-term community support, the national measure
 * (ASCOF 1C). Per place × adult cohort (aged 18+) × year, summed over need categories: need = the social care
 * return's people over all four delivery mechanisms, provision = those with self-directed support (a direct
 * payment, whole or part, or a managed personal budget), both × the place share. Personal health budgets are
 * listed apart and never added to social care. Findings only where returns exist; an ICS sums its places with
 * returns and names those without.
 */
export const personalBudgets: GapDomainSpec<'PERSONAL_BUDGETS'> = {
  name: 'PERSONAL_BUDGETS',
  description:
    'Adults in long-term community support (the social care return, all delivery mechanisms) vs those with self-directed ' +
    'support: direct payment only, part direct payment or a managed personal budget (ASCOF 1C). PHBs are listed apart.',
  unit: GapUnit.PEOPLE,
  stage: STAGE,
  rules: {
    [GapLevel.ICS]:
      "need and provision are the sums of the ICS's place findings (see places) for the cohort and year; places whose " +
      'authority has no personal budget return for them are named in personalBudgets.placesWithoutReturns and add nothing. ' +
      RETURNS_ONLY,
    [GapLevel.PLACE]:
      'need = SOCIAL_CARE people at the year end over all four delivery mechanisms (DIRECT_PAYMENT_ONLY, PART_DIRECT_PAYMENT, ' +
      'MANAGED_PERSONAL_BUDGET, COMMISSIONED_SUPPORT_ONLY), summed over need categories × place share, for cohorts aged 18 ' +
      'and over (the ASCOF 1C denominator: adults in long-term community support). provision = of those, self-directed: ' +
      'DIRECT_PAYMENT_ONLY + PART_DIRECT_PAYMENT + MANAGED_PERSONAL_BUDGET. Personal health budgets (PHB) are listed apart, ' +
      'never added to social care. ' + RETURNS_ONLY,
  },

  ctes: (scope) => [
    // Adult cohorts only: the measure is of adults; children's budgets are another return.
    `pb_rows as (
      select sp.ics_code, sp.la_code, sp.population_share, b.cohort_code, b.year, b.need_category_code, b.budget_type,
             b.delivery_mechanism, b.people, b.annual_spend_gbp, coalesce(b.integrated, 0) as integrated
      from personal_budgets b
      join scope_places sp on sp.la_code = b.la_code and ${scope.inPeriod('sp', 'b.year')}
      join cohorts co on co.code = b.cohort_code
      where co.min_age >= 18 and ${scope.yearIn('b.year')})`,
    `pb_place_cells as (
      select ics_code, la_code, population_share, cohort_code, year,
             coalesce(sum(people) filter (where budget_type = ${SOCIAL_CARE}), 0) as social_care_people,
             coalesce(sum(people) filter (where budget_type = ${SOCIAL_CARE}), 0) * population_share as need,
             coalesce(sum(people) filter (where budget_type = ${SOCIAL_CARE} and delivery_mechanism in (${SELF_DIRECTED})), 0)
               * population_share as provision,
             coalesce(sum(people) filter (where budget_type = ${SOCIAL_CARE} and delivery_mechanism in (${DIRECT_PAYMENT})), 0)
               * population_share as direct_payment_people,
             coalesce(sum(people) filter (where budget_type = ${PHB}), 0) * population_share as phb_people
      from pb_rows
      group by ics_code, la_code, population_share, cohort_code, year)`,
  ],

  findings: (level) => {
    const stage = `${literal(STAGE)}`;
    if (level === GapLevel.PLACE) {
      return findingsSelect(personalBudgets, level, 'pb_place_cells c', {
        ics_code: 'c.ics_code', la_code: 'c.la_code', cohort_code: 'c.cohort_code', pathway_stage_code: stage, year: 'c.year',
        need: 'c.need', provision: 'c.provision',
        direct_payment_people: 'c.direct_payment_people', phb_people: 'c.phb_people',
      });
    }
    return findingsSelect(
      personalBudgets, level, 'pb_place_cells c',
      {
        ics_code: 'c.ics_code', cohort_code: 'c.cohort_code', pathway_stage_code: stage, year: 'c.year',
        need: 'sum(c.need)', provision: 'sum(c.provision)',
        direct_payment_people: 'sum(c.direct_payment_people)', phb_people: 'sum(c.phb_people)',
      },
      ['c.ics_code', 'c.cohort_code', 'c.year'],
    );
  },

  explanation: (level) => {
    const mine = pageRowsOf(personalBudgets);
    const mechanisms = MECHANISMS.map(([type, mechanism], i) => `(${literal(type)}, ${literal(mechanism)}, ${i})`).join(', ');
    const attributed = (column: string, where: string) => `coalesce(sum(r.${column} * r.population_share) filter (where ${where}), 0)`;
    return {
      ctes: [
        // People, spend and integrated budgets per mechanism, each × the place share, over categories and places.
        `pb_explained_sums as materialized (
          select pg.position, r.budget_type, r.delivery_mechanism, sum(r.people * r.population_share) as people,
                 sum(r.annual_spend_gbp * r.population_share) as spend, sum(r.integrated * r.population_share) as integrated
          from page pg join pb_rows r on ${sameFinding(level, 'r')}
          where ${mine}
          group by pg.position, r.budget_type, r.delivery_mechanism)`,
        `pb_explained_mechanisms as materialized (
          select p.position, jsonb_agg(jsonb_build_object('budgetType', m.budget_type, 'deliveryMechanism', m.mechanism,
                   'people', coalesce(s.people, 0), 'annualSpendGbp', coalesce(s.spend, 0), 'integrated', coalesce(s.integrated, 0),
                   'selfDirected', m.budget_type = ${SOCIAL_CARE} and m.mechanism in (${SELF_DIRECTED}),
                   'directPayment', m.budget_type = ${SOCIAL_CARE} and m.mechanism in (${DIRECT_PAYMENT}))
                   order by m.sort_order) as mechanisms
          from (select distinct position from pb_explained_sums) p
          cross join (values ${mechanisms}) as m(budget_type, mechanism, sort_order)
          left join pb_explained_sums s on s.position = p.position and s.budget_type = m.budget_type
            and s.delivery_mechanism = m.mechanism
          group by p.position)`,
        `pb_explained_totals as materialized (
          select pg.position,
                 ${attributed('people', `r.budget_type = ${SOCIAL_CARE}`)} as social_care_people,
                 ${attributed('people', `r.budget_type = ${SOCIAL_CARE} and r.delivery_mechanism in (${SELF_DIRECTED})`)} as self_directed_people,
                 ${attributed('people', `r.budget_type = ${SOCIAL_CARE} and r.delivery_mechanism in (${DIRECT_PAYMENT})`)} as direct_payment_people,
                 ${attributed('annual_spend_gbp', `r.budget_type = ${SOCIAL_CARE}`)} as social_care_spend,
                 ${attributed('annual_spend_gbp', `r.budget_type = ${SOCIAL_CARE} and r.delivery_mechanism in (${SELF_DIRECTED})`)} as self_directed_spend,
                 ${attributed('people', `r.budget_type = ${PHB}`)} as phb_people,
                 ${attributed('annual_spend_gbp', `r.budget_type = ${PHB}`)} as phb_spend,
                 coalesce(sum(r.integrated * r.population_share), 0) as integrated_people
          from page pg join pb_rows r on ${sameFinding(level, 'r')}
          where ${mine}
          group by pg.position)`,
        `pb_explained_places as materialized (
          select pg.position, jsonb_agg(jsonb_build_object('laCode', c.la_code, 'populationShare', c.population_share,
                   'socialCarePeople', c.social_care_people, 'need', c.need, 'provision', c.provision,
                   'directPaymentPeople', c.direct_payment_people, 'phbPeople', c.phb_people) order by c.la_code) as places
          from page pg join pb_place_cells c on ${sameFinding(level, 'c')}
          where ${mine}
          group by pg.position)`,
        // The ICS's places whose authority has no return for the cohort and year: no data, not zero.
        `pb_explained_without as materialized (
          select pg.position, jsonb_agg(sp.la_code order by sp.la_code) as places
          from page pg join scope_places sp on sp.ics_code = pg.ics_code and ${inPeriod('sp', 'pg.year')}
          where ${mine} and ${literal(level)} = ${literal(GapLevel.ICS)}
            and not exists (select 1 from pb_place_cells c where c.ics_code = sp.ics_code and c.la_code = sp.la_code
                              and c.cohort_code = pg.cohort_code and c.year = pg.year)
          group by pg.position)`,
      ],
      select: `select pg.position, jsonb_build_object(
                 'placeShare', ${level === GapLevel.PLACE ? `p.places -> 0 -> 'populationShare'` : 'null'},
                 'personalBudgets', jsonb_build_object(
                   'mechanisms', m.mechanisms,
                   'socialCarePeople', t.social_care_people, 'selfDirectedPeople', t.self_directed_people,
                   'directPaymentPeople', t.direct_payment_people,
                   'directPaymentShare', t.direct_payment_people / nullif(t.social_care_people, 0),
                   'socialCareSpendGbp', t.social_care_spend, 'selfDirectedSpendGbp', t.self_directed_spend,
                   'selfDirectedSpendShare', t.self_directed_spend / nullif(t.social_care_spend, 0),
                   'phbPeople', t.phb_people, 'phbSpendGbp', t.phb_spend, 'integratedPeople', t.integrated_people,
                   'places', p.places, 'placesWithoutReturns', coalesce(w.places, '[]'::jsonb))) as explanation
               from page pg
               join pb_explained_totals t on t.position = pg.position
               join pb_explained_mechanisms m on m.position = pg.position
               join pb_explained_places p on p.position = pg.position
               left join pb_explained_without w on w.position = pg.position
               where ${mine}`,
    };
  },
};
