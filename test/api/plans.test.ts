import { openTestApi, type TestApi } from '../support/api.js';
import { allNodesOfIcs, type IcsConnection } from './paging.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

type Node = Record<string, any>;

const SELECTIONS: Record<IcsConnection, string> = {
  needs: 'laCode cohort needCategory pathwayStage basis year yearLabel people',
  services: `serviceCode name icsCode laCode catchment commissioner provider pathwayStage cohorts needCategories
             capacityPeople startDate endDate`,
  housingPlan: 'icsCode laCode catchment accommodationType cohort year yearLabel bedSpaces',
  workforcePlan: 'icsCode role roleName pathwayStage year yearLabel wteInPost wtePlanned wteRequired',
  financePlan: 'icsCode fundingSource expenditureType pathwayStage cohort year yearLabel amountGbp pooled',
  metrics: 'icsCode metricCode periodEnd year yearLabel value',
};

// A service is active in financial year Y when its dates overlap 1 April Y to 31 March Y+1.
const activeIn = (year: number) => (s: Node) =>
  s.startDate <= `${year + 1}-03-31` && (s.endDate === null || s.endDate >= `${year}-04-01`);
const activeInAny = (from: number, to: number) => (s: Node) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).some((year) => activeIn(year)(s));

const cases: [IcsConnection, Record<string, unknown>, (node: Node) => boolean][] = [
  ['services', { pathwayStage: 'COMMUNITY_SUPPORT' }, (s) => s.pathwayStage === 'COMMUNITY_SUPPORT'],
  ['services', { cohort: 'EARLY_YEARS' }, (s) => s.cohorts.includes('EARLY_YEARS')],
  ['services', { needCategory: 'AUTISM' }, (s) => s.needCategories.includes('AUTISM')],
  ['services', { laCode: 'E08000026' }, (s) => s.laCode === 'E08000026'],
  ['services', { commissioner: 'JOINT' }, (s) => s.commissioner === 'JOINT'],
  ['services', { year: 2025 }, activeIn(2025)],
  ['services', { year: 2026 }, activeIn(2026)],
  ['services', { fromYear: 2026, toYear: 2027 }, activeInAny(2026, 2027)],
  ['services', { toYear: 2022 }, (s) => s.startDate <= '2023-03-31'],
  [
    'services',
    { year: 2024, commissioner: 'ICB', cohort: 'ADULTS', needCategory: 'LEARNING_DISABILITY' },
    (s) =>
      activeIn(2024)(s) &&
      s.commissioner === 'ICB' &&
      s.cohorts.includes('ADULTS') &&
      s.needCategories.includes('LEARNING_DISABILITY'),
  ],
  ['housingPlan', { cohort: 'OLDER_ADULTS' }, (h) => h.cohort === 'OLDER_ADULTS'],
  ['housingPlan', { laCode: 'E10000031' }, (h) => h.laCode === 'E10000031'],
  ['housingPlan', { accommodationType: 'SHARED_LIVES' }, (h) => h.accommodationType === 'SHARED_LIVES'],
  ['housingPlan', { fromYear: 2026, toYear: 2027 }, (h) => h.year >= 2026 && h.year <= 2027],
  [
    'workforcePlan',
    { pathwayStage: 'CRISIS_AND_INTENSIVE_SUPPORT' },
    (w) => w.pathwayStage === 'CRISIS_AND_INTENSIVE_SUPPORT',
  ],
  [
    'workforcePlan',
    { role: 'LEARNING_DISABILITY_NURSE', year: 2025 },
    (w) => w.role === 'LEARNING_DISABILITY_NURSE' && w.year === 2025,
  ],
  ['financePlan', { fundingSource: 'BETTER_CARE_FUND' }, (f) => f.fundingSource === 'BETTER_CARE_FUND'],
  ['financePlan', { pooled: true }, (f) => f.pooled],
  [
    'financePlan',
    { pooled: false, cohort: 'YOUNG_ADULTS_18_25' },
    (f) => !f.pooled && f.cohort === 'YOUNG_ADULTS_18_25',
  ],
  [
    'financePlan',
    { pathwayStage: 'HOUSING_AND_ACCOMMODATION', toYear: 2025 },
    (f) => f.pathwayStage === 'HOUSING_AND_ACCOMMODATION' && f.year <= 2025,
  ],
  ['metrics', { metricCode: 'INPATIENTS_ADULT' }, (m) => m.metricCode === 'INPATIENTS_ADULT'],
  [
    'metrics',
    { fromDate: '2024-04-01', toDate: '2025-03-31' },
    (m) => m.periodEnd >= '2024-04-01' && m.periodEnd <= '2025-03-31',
  ],
  [
    'needs',
    { cohort: 'CHILDREN_14_17', pathwayStage: 'CRISIS_AND_INTENSIVE_SUPPORT', year: 2026 },
    (n) =>
      n.cohort === 'CHILDREN_14_17' && n.pathwayStage === 'CRISIS_AND_INTENSIVE_SUPPORT' && n.year === 2026,
  ],
];

const everything = new Map<IcsConnection, Promise<Node[]>>();
const allOf = (field: IcsConnection) => {
  if (!everything.has(field)) everything.set(field, allNodesOfIcs<Node>(api, 'QWU', field, SELECTIONS[field]));
  return everything.get(field)!;
};

test.each(cases)(
  'QWU %s filtered by %j returns exactly the matching rows, in order',
  async (field, filter, matches) => {
    const all = await allOf(field);
    const filtered = await allNodesOfIcs<Node>(api, 'QWU', field, SELECTIONS[field], filter);
    expect(filtered).toEqual(all.filter(matches));
    // The case must narrow the list without emptying it, or it proves nothing.
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
  },
);

test.each([
  [
    'needs',
    `select count(*)::int as n from assessed_needs n join places p on p.la_code = n.la_code where p.ics_code = 'QWU'`,
  ],
  ['services', `select count(*)::int as n from commissioned_services where ics_code = 'QWU'`],
  ['housingPlan', `select count(*)::int as n from housing_plan_lines where ics_code = 'QWU'`],
  ['workforcePlan', `select count(*)::int as n from workforce_plan_lines where ics_code = 'QWU'`],
  ['financePlan', `select count(*)::int as n from finance_plan_lines where ics_code = 'QWU'`],
  ['metrics', `select count(*)::int as n from metric_values where ics_code = 'QWU'`],
] as [IcsConnection, string][])('QWU %s lists every stored row once', async (field, countSql) => {
  const [{ n }] = await api.app.database.sql().rows<{ n: number }>(countSql);
  const nodes = await allOf(field);
  expect(n).toBeGreaterThan(0);
  expect(nodes).toHaveLength(n);
  expect(new Set(nodes.map((node) => JSON.stringify(node))).size).toBe(n);
});

test.each(['needs', 'housingPlan', 'workforcePlan', 'financePlan', 'metrics'] as IcsConnection[])(
  '%s rows label their financial year',
  async (field) => {
    for (const node of await allOf(field)) {
      expect(node.yearLabel).toBe(`${node.year}/${String((node.year + 1) % 100).padStart(2, '0')}`);
    }
  },
);

test('metric values belong to the financial year their period ends in', async () => {
  for (const value of await allOf('metrics')) {
    const [year, month] = value.periodEnd.split('-').map(Number);
    expect(value.year).toBe(month >= 4 ? year : year - 1);
  }
});

test.each(['services', 'housingPlan'] as IcsConnection[])(
  '%s catchment is WHOLE_ICS exactly when laCode is null',
  async (field) => {
    const nodes = await allOf(field);
    for (const node of nodes) expect(node.catchment).toBe(node.laCode === null ? 'WHOLE_ICS' : 'PLACE');
    expect(new Set(nodes.map((node) => node.catchment))).toEqual(new Set(['WHOLE_ICS', 'PLACE']));
  },
);

test('services list cohorts and need categories in vocabulary order, and name their place', async () => {
  const { cohorts, needCategories, integratedCareSystem } = await api.query<{
    cohorts: { code: string }[];
    needCategories: { code: string }[];
    integratedCareSystem: { services: { edges: { node: Node }[] } };
  }>(`{
    cohorts { code } needCategories { code }
    integratedCareSystem(code: "QWU") {
      services(first: 500) { edges { node { laCode cohorts needCategories localAuthority { onsCode name } } } }
    }
  }`);
  const inOrder = (codes: string[], vocabulary: { code: string }[]) =>
    expect(codes).toEqual(vocabulary.map((v) => v.code).filter((code) => codes.includes(code)));
  for (const { node } of integratedCareSystem.services.edges) {
    inOrder(node.cohorts, cohorts);
    inOrder(node.needCategories, needCategories);
    expect(node.localAuthority?.onsCode ?? null).toBe(node.laCode);
  }
  const names = integratedCareSystem.services.edges.map(({ node }) => node.localAuthority?.name).filter(Boolean);
  expect(new Set(names)).toEqual(new Set(['Coventry', 'Warwickshire']));
});

test('metric values carry their metric', async () => {
  const data = await api.query<{ integratedCareSystem: { metrics: { edges: { node: Node }[] } } }>(`{
    integratedCareSystem(code: "QWU") {
      metrics(first: 1, filter: { metricCode: "INPATIENTS_UNDER_18" }) {
        edges { node { metric { code name unit direction populationGroup } } }
      }
    }
  }`);
  expect(data.integratedCareSystem.metrics.edges[0].node.metric).toEqual({
    code: 'INPATIENTS_UNDER_18',
    name: expect.stringContaining('inpatient'),
    unit: 'PER_MILLION',
    direction: 'AT_MOST',
    populationGroup: 'UNDER_18',
  });
});

test('an ICS without plans has empty connections', async () => {
  const data = await api.query<{ integratedCareSystem: Record<string, { totalCount: number; edges: unknown[] }> }>(`{
    integratedCareSystem(code: "QOX") {
      services { totalCount edges { cursor } } housingPlan { totalCount edges { cursor } }
      workforcePlan { totalCount edges { cursor } } financePlan { totalCount edges { cursor } }
      metrics { totalCount edges { cursor } }
    }
  }`);
  for (const connection of Object.values(data.integratedCareSystem))
    expect(connection).toEqual({ totalCount: 0, edges: [] });
});
