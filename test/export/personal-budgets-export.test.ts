import { csvObjects, openExportFixture } from './support.js';

// personal_budgets.csv read back in the import format, and imported back to the same rows.
const fixture = openExportFixture('personal-budgets');

test("one ICS's export holds its authorities' rows, in key order, spend to the penny and blank integrated kept blank", async () => {
  const rows = csvObjects(await fixture.exported('personal_budgets.csv', '?icsCode=QHL'));
  expect(rows).toEqual([
    {
      la_code: 'E08000025', cohort: 'ADULTS', need_category: 'LEARNING_DISABILITY', year: '2025', budget_type: 'PHB',
      delivery_mechanism: 'NOTIONAL', people: '6', annual_spend_gbp: '90000.00', integrated: '',
    },
    {
      la_code: 'E08000025', cohort: 'YOUNG_ADULTS_18_25', need_category: 'AUTISM', year: '2025', budget_type: 'SOCIAL_CARE',
      delivery_mechanism: 'COMMISSIONED_SUPPORT_ONLY', people: '10', annual_spend_gbp: '150000.00', integrated: '',
    },
  ]);
  const qwu = csvObjects(await fixture.exported('personal_budgets.csv', '?icsCode=QWU'));
  expect(qwu).toHaveLength(19);
  expect(qwu.find((row) => row.delivery_mechanism === 'MANAGED_PERSONAL_BUDGET' && row.la_code === 'E10000031')?.integrated).toBe('10');
});

test('exported personal budgets import into an empty database as the same rows', async () => {
  const { original, roundTripped } = await fixture.roundTrip(['integrated_care_systems.csv', 'local_authorities.csv', 'places.csv', 'personal_budgets.csv']);
  expect(roundTripped).toEqual(original);
  expect(original.personal_budgets).toMatch(/^21 rows/);
});
