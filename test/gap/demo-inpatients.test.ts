import { openTestApi, type TestApi } from '../support/api.js';

// The demo judged as Building the Right Support is run: QWU's inpatients against its own headcount trajectory
// (seeds/demo/targets.csv: adults 28 / 24 / 21, under-18s 5 / 4 / 3, due each 31 March 2024–2026), and no
// inpatient bed anywhere read as unmet need.
let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

const FINDINGS = `query($filter: GapFilter!) {
  gapFindings(filter: $filter, first: 500, orderBy: PATHWAY) {
    totalCount
    edges { node { domain year populationGroup need provision gap severity explanation { target { scope unit value } } } }
  }
}`;

interface Node {
  domain: string;
  year: number;
  populationGroup: string;
  need: number;
  provision: number;
  gap: number;
  severity: string;
  explanation: { target: { scope: string; unit: string; value: number } };
}
type Result = { gapFindings: { totalCount: number; edges: { node: Node }[] } };

test('QWU inpatients are compared as headcounts with the local trajectory', async () => {
  const { gapFindings } = await api.query<Result>(FINDINGS, { filter: { icsCode: 'QWU', domain: 'INPATIENTS' } });
  const found = gapFindings.edges.map(({ node }) => [node.year, node.populationGroup, node.need, node.provision, node.gap, node.severity]);
  // Inpatients are each commissioner's return at 31 March ending the year (seeds/demo/inpatient_census.csv, QWU):
  // 2023/24 adults ICB 17 + provider collaborative 10 + NHS England 4 = 31, E = 3 > max(1, 2.8), ≤ max(2, 9.24): MEDIUM;
  //         under-18s 0 + 5 + 1 = 6, E = 1 ≤ max(1, 0.5): LOW;
  // 2024/25 adults 14 + 8 + 3 = 25, E = 1 ≤ max(1, 2.4): LOW; under-18s 0 + 3 + 1 = 4 = 4: NONE;
  // 2025/26 adults 11 + 7 + 2 = 20 < 21: NONE; under-18s 0 + 2 + 1 = 3 = 3: NONE.
  expect(found).toEqual([
    [2023, 'AGE_18_PLUS', 28, 31, 3, 'MEDIUM'],
    [2023, 'UNDER_18', 5, 6, 1, 'LOW'],
    [2024, 'AGE_18_PLUS', 24, 25, 1, 'LOW'],
    [2024, 'UNDER_18', 4, 4, 0, 'NONE'],
    [2025, 'AGE_18_PLUS', 21, 20, -1, 'NONE'],
    [2025, 'UNDER_18', 3, 3, 0, 'NONE'],
  ]);
  for (const { node } of gapFindings.edges) expect(node.explanation.target).toMatchObject({ scope: 'QWU', unit: 'COUNT', value: node.need });
});

test.each([
  ['SERVICES', 'ICS'],
  ['SERVICES', 'PLACE'],
  ['FINANCE', 'ICS'],
])('no %s finding (%s level) anywhere treats an inpatient bed as unmet need', async (domain, level) => {
  const { gapFindings } = await api.query<Result>(FINDINGS, { filter: { pathwayStage: 'SPECIALIST_INPATIENT', domain, level } });
  expect(gapFindings.totalCount).toBe(0);
});

test('the inpatient stage is judged by INPATIENTS (and staffed, by WORKFORCE), in every demo ICS with a census', async () => {
  const { gapFindings } = await api.query<Result>(FINDINGS, { filter: { pathwayStage: 'SPECIALIST_INPATIENT', year: 2024 } });
  const domains = gapFindings.edges.map(({ node }) => node.domain);
  expect(new Set(domains)).toEqual(new Set(['INPATIENTS', 'WORKFORCE']));
  // 10 ICSs × 2 population groups, each with a census and a target due in 2024/25.
  expect(domains.filter((domain) => domain === 'INPATIENTS')).toHaveLength(20);
});
