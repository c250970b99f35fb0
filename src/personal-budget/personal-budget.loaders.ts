import { equalityConditions, yearConditions } from '../graphql/filters.js';
import { childPageLoader } from '../graphql/paged-children.js';
import type { PersonalBudgetFilter, PersonalBudgetType } from './PersonalBudget.type.js';

const COLUMNS = `b.la_code as "laCode", b.cohort_code as cohort, b.need_category_code as "needCategory", b.year,
  b.year || '/' || lpad(((b.year + 1) % 100)::text, 2, '0') as "yearLabel", b.budget_type as "budgetType",
  b.delivery_mechanism as "deliveryMechanism", b.people, b.annual_spend_gbp::float8 as "annualSpendGbp", b.integrated,
  co.sort_order as cohort_order, nc.sort_order as category_order`;
const JOINS = `join cohorts co on co.code = b.cohort_code join need_categories nc on nc.code = b.need_category_code`;
// The social care return before the health one; mechanisms in the order the returns list them.
const ORDER = `"laCode", year, cohort_order, category_order, "budgetType" desc, array_position(array[
  'DIRECT_PAYMENT_ONLY', 'PART_DIRECT_PAYMENT', 'MANAGED_PERSONAL_BUDGET', 'COMMISSIONED_SUPPORT_ONLY',
  'NOTIONAL', 'THIRD_PARTY', 'DIRECT_PAYMENT'], "deliveryMechanism")`;

function conditions(filter: PersonalBudgetFilter, params: unknown[]): string[] {
  return [
    ...equalityConditions(
      { ...filter },
      {
        cohort: 'cohort', needCategory: '"needCategory"', budgetType: '"budgetType"',
        deliveryMechanism: '"deliveryMechanism"', laCode: '"laCode"',
      },
      params,
    ),
    ...yearConditions(filter, 'year', params),
  ];
}

const attributed = (share: string) =>
  `${share}::float8 as "populationShare", (b.people * ${share})::float8 as "attributedPeople",
   (b.annual_spend_gbp * ${share})::float8 as "attributedSpendGbp"`;

/** The personal budgets of the authorities in each ICS, each with the place share that attributes it to the ICS. */
export const personalBudgetsOfIcs = childPageLoader<PersonalBudgetFilter, PersonalBudgetType>({
  select: `select p.ics_code as parent_key, ${COLUMNS}, ${attributed('p.population_share')}
           from personal_budgets b join places p on p.la_code = b.la_code ${JOINS}
           where p.ics_code = any($1)`,
  order: ORDER,
  where: conditions,
});

/** The key a place is loaded by: its ICS, authority and the first day of its share. */
export const placeKey = (place: { icsCode: string; laCode: string; validFrom: string | null }) =>
  `${place.icsCode}|${place.laCode}|${place.validFrom ?? ''}`;

/** The personal budgets of each place's authority, with the place's share. */
export const personalBudgetsOfPlace = childPageLoader<PersonalBudgetFilter, PersonalBudgetType>({
  select: `select p.ics_code || '|' || p.la_code || '|' || coalesce(to_char(p.valid_from, 'YYYY-MM-DD'), '') as parent_key, ${COLUMNS},
             ${attributed('p.population_share')}
           from personal_budgets b join places p on p.la_code = b.la_code ${JOINS}
           where p.ics_code || '|' || p.la_code || '|' || coalesce(to_char(p.valid_from, 'YYYY-MM-DD'), '') = any($1)`,
  order: ORDER,
  where: conditions,
});
