import { BudgetType, DeliveryMechanism, MECHANISMS_OF } from '../../personal-budget/PersonalBudget.entity.js';
import * as code from '../codes.js';
import { LA_OF_ICS } from '../exportSql.js';
import { count, decimal, oneOf, optional, year } from '../fields.js';
import { defineFile, type ColumnProblem } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const personalBudgets = table({
  name: 'personal_budgets',
  columns: {
    la_code: 'text',
    cohort_code: 'text',
    need_category_code: 'text',
    year: 'int',
    budget_type: 'text',
    delivery_mechanism: 'text',
    people: 'int',
    annual_spend_gbp: 'numeric',
    integrated: 'int',
  },
  key: ['la_code', 'cohort_code', 'need_category_code', 'year', 'budget_type', 'delivery_mechanism'],
});

interface Row {
  budget_type: BudgetType;
  delivery_mechanism: DeliveryMechanism;
  people: number;
  integrated: number | null;
}

/** A mechanism belongs to one return; integrated budgets are some of the row's people. */
function consistent(row: Row): ColumnProblem[] {
  const problems: ColumnProblem[] = [];
  const allowed = MECHANISMS_OF[row.budget_type];
  if (!allowed.includes(row.delivery_mechanism)) {
    problems.push({
      column: 'delivery_mechanism',
      message: `${row.delivery_mechanism} is not a ${row.budget_type} delivery mechanism; allowed for ${row.budget_type}: ${allowed.join(', ')}`,
    });
  }
  if (row.integrated !== null && row.integrated > row.people) {
    problems.push({ column: 'integrated', message: `${row.integrated} people with an integrated budget is more than people (${row.people})` });
  }
  return problems;
}

/**
 * Personal budgets per local authority × cohort × need category × year, as the returns count them: SOCIAL_CARE
 * people in long-term community support at the year end by delivery mechanism (the council's return), and PHB
 * personal health budgets by how they are held (the ICB's), each with the year's spend. `integrated` (optional)
 * is how many of the row's people hold an integrated personal budget, health and care blended into one: such a
 * budget is returned on one row only, so its holder is counted once; blank means the return does not say.
 */
export const personalBudgetsFile = defineFile(
  'personal_budgets.csv',
  {
    la_code: code.knownLocalAuthority,
    cohort: code.cohort,
    need_category: code.needCategory,
    year,
    budget_type: oneOf(Object.values(BudgetType)),
    delivery_mechanism: oneOf(Object.values(DeliveryMechanism)),
    people: count,
    annual_spend_gbp: decimal(16, 2),
    integrated: optional(count),
  },
  {
    optionalColumns: ['integrated'],
    keys: [['la_code', 'cohort', 'need_category', 'year', 'budget_type', 'delivery_mechanism']],
    check: (row) => consistent(row),
    write: into(personalBudgets, {
      la_code: 'la_code',
      cohort_code: 'cohort',
      need_category_code: 'need_category',
      year: 'year',
      budget_type: 'budget_type',
      delivery_mechanism: 'delivery_mechanism',
      people: 'people',
      annual_spend_gbp: 'annual_spend_gbp',
      integrated: 'integrated',
    }),
    export: {
      perIcs: true,
      sql: `select b.la_code, b.cohort_code as cohort, b.need_category_code as need_category, b.year, b.budget_type,
        b.delivery_mechanism, b.people, b.annual_spend_gbp::text as annual_spend_gbp, b.integrated
      from personal_budgets b where ${LA_OF_ICS('b.la_code')}
      order by b.la_code, b.cohort_code, b.need_category_code, b.year, b.budget_type, b.delivery_mechanism`,
    },
  },
);
