import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoDatasetFolder } from '../support/datasets.js';
import { csvObjects } from '../export/support.js';
import { openTestApi, type TestApi } from '../support/api.js';

type Variables = Record<string, unknown>;

// PERSONAL_BUDGETS on the demo: findings where returns exist, figures as the file gives them, constant statements.
let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api?.close());

const budgets = csvObjects(readFileSync(join(demoDatasetFolder, 'personal_budgets.csv'), 'utf8'));
// The returns' years (2024/25, 2025/26) are on the boundaries of their 1 April: the places valid on it.
const places = csvObjects(readFileSync(join(demoDatasetFolder, 'places.csv'), 'utf8')).filter(
  (place) => (!place.valid_from || place.valid_from <= '2025-04-01') && (!place.valid_to || place.valid_to >= '2025-04-01'),
);
const ADULT_COHORTS = ['YOUNG_ADULTS_18_25', 'ADULTS', 'OLDER_ADULTS'];

async function statementsFor(query: string, variables: Variables = {}): Promise<number> {
  api.statements.length = 0;
  await api.query<unknown, Variables>(query, variables);
  return api.statements.length;
}

test('one ICS finding per ICS × adult cohort × year with returns, as the file holds them', async () => {
  const icsCodes = new Set(places.map((place) => place.ics_code));
  const years = new Set(budgets.map((row) => row.year));
  const cohorts = new Set(budgets.map((row) => row.cohort));
  expect([...cohorts].sort()).toEqual([...ADULT_COHORTS].sort());
  const { gapFindings } = await api.query<{ gapFindings: { totalCount: number } }>(
    '{ gapFindings(filter: { domain: PERSONAL_BUDGETS }) { totalCount } }',
  );
  expect(gapFindings.totalCount).toBe(icsCodes.size * cohorts.size * years.size);
});

test("QWU's 2025 need, provision and direct payments are its authorities' social care people × place share", async () => {
  const shares = new Map(places.filter((place) => place.ics_code === 'QWU').map((place) => [place.la_code, Number(place.population_share)]));
  const sum = (mechanisms: string[] | null, type = 'SOCIAL_CARE') =>
    budgets
      .filter((row) => shares.has(row.la_code) && row.year === '2025' && row.budget_type === type)
      .filter((row) => mechanisms === null || mechanisms.includes(row.delivery_mechanism))
      .reduce((total, row) => total + Number(row.people) * shares.get(row.la_code)!, 0);
  const { gapAnalytics } = await api.query<{ gapAnalytics: { edges: { node: Record<string, number> }[] } }>(
    '{ gapAnalytics(groupBy: [ics], filter: { icsCode: "QWU", domain: PERSONAL_BUDGETS, year: 2025 }) { edges { node { need provision directPaymentPeople directPaymentShare phbPeople } } } }',
  );
  const [row] = gapAnalytics.edges.map((edge) => edge.node);
  const need = sum(null);
  expect(row.need).toBeCloseTo(need, 6);
  expect(row.provision).toBeCloseTo(sum(['DIRECT_PAYMENT_ONLY', 'PART_DIRECT_PAYMENT', 'MANAGED_PERSONAL_BUDGET']), 6);
  expect(row.directPaymentPeople).toBeCloseTo(sum(['DIRECT_PAYMENT_ONLY', 'PART_DIRECT_PAYMENT']), 6);
  expect(row.directPaymentShare).toBeCloseTo(row.directPaymentPeople / need, 9);
  expect(row.phbPeople).toBeCloseTo(sum(null, 'PHB'), 6);
});

test('England on the demo: most adults self-direct their support, about a quarter by direct payment, PHBs few', async () => {
  const { gapAnalytics } = await api.query<{ gapAnalytics: { edges: { node: Record<string, number | null> }[] } }>(
    '{ gapAnalytics(groupBy: [domain], filter: { year: 2025 }) { edges { node { domain coverage directPaymentShare phbPeople need } } } }',
  );
  const rows = gapAnalytics.edges.map((edge) => edge.node);
  const personal = rows.find((row) => row.domain === ('PERSONAL_BUDGETS' as unknown))!;
  expect(personal.coverage).toBeGreaterThan(0.88);
  expect(personal.directPaymentShare).toBeGreaterThan(0.2);
  expect(personal.directPaymentShare).toBeLessThan(0.33);
  expect(personal.phbPeople! / personal.need!).toBeLessThan(0.06);
  // The fields belong to the domain: null for every other.
  for (const row of rows.filter((other) => other !== personal)) {
    expect([row.directPaymentShare, row.phbPeople]).toEqual([null, null]);
  }
});

test('personal budgets on 5 or 10 ICSs and their places, and 5 or 200 explained findings, cost the same statements', async () => {
  const nested = `query($first: Int) { integratedCareSystems(first: $first) { edges { node {
    personalBudgets(filter: { year: 2025 }, first: 3) { totalCount edges { node { laCode people attributedPeople } } }
    places { personalBudgets(filter: { budgetType: PHB }, first: 2) { totalCount edges { node { people integrated } } } }
  } } } }`;
  const five = await statementsFor(nested, { first: 5 });
  // The ICS list, the places, and one statement for each personalBudgets field.
  expect(five).toBe(4);
  expect(await statementsFor(nested, { first: 10 })).toBe(five);
  const findings = `query($first: Int) { gapFindings(filter: { domain: PERSONAL_BUDGETS, level: PLACE }, first: $first) { edges { node {
    need explanation { personalBudgets { directPaymentShare phbPeople integratedPeople mechanisms { deliveryMechanism people }
      places { laCode } placesWithoutReturns } } } } } }`;
  expect(await statementsFor(findings, { first: 5 })).toBe(1);
  expect(await statementsFor(findings, { first: 200 })).toBe(1);
});

test("the README's query answers the analyst's question on the demo: direct payments, PHBs, integrated budgets, spend", async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const query = /what share of\nspend is personalised\?\* On the demo:\n\n```graphql\n([\s\S]*?)```/.exec(readme)![1];
  const result = await api.query<{
    byIcs: { edges: { node: { directPaymentShare: number; phbPeople: number } }[] };
    qwu: { edges: { node: { cohort: string; explanation: { personalBudgets: Record<string, number | unknown[]> } } }[] };
    integratedCareSystem: { personalBudgets: { edges: unknown[] } };
  }>(query);
  expect(result.byIcs.edges).toHaveLength(new Set(places.map((place) => place.ics_code)).size);
  for (const { node } of result.byIcs.edges) expect(node.directPaymentShare).toBeGreaterThan(0.15);
  expect(result.qwu.edges.map((edge) => edge.node.cohort)).toEqual(ADULT_COHORTS);
  const adults = result.qwu.edges[1].node.explanation.personalBudgets;
  expect(adults.integratedPeople).toBeGreaterThan(0);
  expect(adults.selfDirectedSpendShare).toBeGreaterThan(0.8);
  expect(adults.placesWithoutReturns).toEqual([]);
  expect(result.integratedCareSystem.personalBudgets.edges.length).toBeGreaterThan(0);
});
