import { readDataVersion } from '../../src/coverage/data-version.js';
import { snapshot } from '../dataset/support.js';
import { listen } from '../export/support.js';
import type { TestApi } from '../support/api.js';
import { as, openWritableApi, removeDatasets } from '../record/support.js';
import { COMPARISON, FINDINGS, createScenario, saveIn } from './support.js';

let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openWritableApi();
  base = await listen(api);
});
afterAll(async () => {
  await api.close();
  removeDatasets();
});

const editorOfQwu = () => as(['ICS_EDITOR'], ['QWU'], 'editor-qwu');

// The small dataset: Coventry (E08000026, QWU) needs 195 ADULTS × AUTISM places at COMMUNITY_SUPPORT in 2025 (CASELOAD);
// QWU-SVC-001 (Coventry, COMMUNITY_SUPPORT, ADULTS+OLDER_ADULTS × AUTISM+LEARNING_DISABILITY, 120 from 2024-04-01) is shared
// over the cells it serves in proportion to their need: only ADULTS × AUTISM has any, so all 120 count there.
// The scenario adds QWU-SVC-NEW: Coventry, COMMUNITY_SUPPORT, ADULTS × AUTISM, 40 places from 2025-04-01.
const newService = {
  serviceCode: 'QWU-SVC-NEW', name: 'Community autism team expansion', icsCode: 'QWU', laCode: 'E08000026', commissioner: 'ICB',
  provider: 'A provider', pathwayStage: 'COMMUNITY_SUPPORT', cohorts: ['ADULTS'], needCategories: ['AUTISM'], capacityPeople: 40,
  startDate: '2025-04-01',
};

// Baseline: provision 120, gap 195 − 120 = 75, coverage 120 ÷ 195 = 0.615 < 0.75 with provision > 0 → HIGH.
// Scenario: provision 120 + 40 = 160, gap 195 − 160 = 35, coverage 160 ÷ 195 = 0.821, in [0.75, 0.9) → MEDIUM; gap change −40.
const BASELINE = { need: 195, provision: 120, gap: 75, severity: 'HIGH' };
const WITH_SCENARIO = { need: 195, provision: 160, gap: 35, severity: 'MEDIUM' };
const SERVICES_CELL = { domain: 'SERVICES', icsCode: 'QWU', cohort: 'ADULTS', needCategory: 'AUTISM', pathwayStage: 'COMMUNITY_SUPPORT', year: 2025 };

let scenario: string;
let baselineBefore: Awaited<ReturnType<typeof snapshot>>;
let versionBefore: number;
let auditRowsBefore: number;
const auditRows = async () => (await api.app.database.sql().rows<{ n: number }>('select count(*)::int as n from audit_trail'))[0].n;

beforeAll(async () => {
  baselineBefore = await snapshot(api.app.database);
  versionBefore = (await readDataVersion(api.app.database.sql())).version;
  auditRowsBefore = await auditRows();
  scenario = await createScenario(api, await editorOfQwu());
  await api.query(saveIn('Service'), { input: newService, reason: 'try 40 more places', scenario }, await editorOfQwu());
});

test('the comparison lists the ICS and the place finding the new service changes, with both values (hand-computed)', async () => {
  const { scenarioComparison } = await api.query<{ scenarioComparison: unknown[] }>(COMPARISON, { scenario, fromYear: 2025, toYear: 2025 });
  expect(scenarioComparison).toEqual([
    { ...SERVICES_CELL, level: 'ICS', laCode: null, gapChange: -40, baseline: BASELINE, scenario: WITH_SCENARIO },
    { ...SERVICES_CELL, level: 'PLACE', laCode: 'E08000026', gapChange: -40, baseline: BASELINE, scenario: WITH_SCENARIO },
  ]);
  // Years without a change list nothing.
  expect((await api.query<{ scenarioComparison: unknown[] }>(COMPARISON, { scenario, fromYear: 2026, toYear: 2026 })).scenarioComparison).toEqual([]);
});

test('a scenario write leaves the baseline tables, the data version and baseline queries unchanged', async () => {
  expect(await snapshot(api.app.database)).toEqual(baselineBefore);
  expect((await readDataVersion(api.app.database.sql())).version).toBe(versionBefore);
  // The writer ran (and its audit trigger) inside a savepoint rolled back: no audit row is kept for a scenario write.
  expect(await auditRows()).toBe(auditRowsBefore);
  const filter = { icsCode: 'QWU', domain: 'SERVICES', year: 2025 };
  const cell = (result: { gapFindings: { edges: { node: Record<string, unknown> }[] } }) =>
    result.gapFindings.edges.map((edge) => edge.node).find((node) => node.cohort === 'ADULTS' && node.needCategory === 'AUTISM' && node.pathwayStage === 'COMMUNITY_SUPPORT');
  expect(cell(await api.query(FINDINGS, { filter }))).toMatchObject(BASELINE);
  expect(cell(await api.query(FINDINGS, { filter, scenario }))).toMatchObject(WITH_SCENARIO);
  // Computing with the scenario rolled its replay back: still nothing kept.
  expect(await snapshot(api.app.database)).toEqual(baselineBefore);
});

test('every gap query takes the scenario: analytics, the ICS and place pathways, the cohort projection and the export', async () => {
  const analytics = `query A($scenario: ID) { gapAnalytics(groupBy: [pathwayStage], filter: { icsCode: "QWU", domain: SERVICES, year: 2025 }, scenario: $scenario) {
    edges { node { pathwayStage provision } } } }`;
  const stage = (result: { gapAnalytics: { edges: { node: { pathwayStage: string; provision: number } }[] } }) =>
    result.gapAnalytics.edges.find(({ node }) => node.pathwayStage === 'COMMUNITY_SUPPORT')!.node.provision;
  expect(stage(await api.query(analytics, {}))).toBe(120);
  expect(stage(await api.query(analytics, { scenario }))).toBe(160);

  const pathway = `query P($scenario: ID) { integratedCareSystem(code: "QWU") {
    pathway(year: 2025, scenario: $scenario) { stages { pathwayStage provision severity } }
    places { laCode pathway(year: 2025, scenario: $scenario) { stages { pathwayStage provision } } }
    cohortProjection(fromYear: 2024, toYear: 2025, pathwayStage: "COMMUNITY_SUPPORT", scenario: $scenario) { year cohort provision }
  } }`;
  type Answer = {
    integratedCareSystem: {
      pathway: { stages: { pathwayStage: string; provision: number; severity: string }[] };
      places: { laCode: string; pathway: { stages: { pathwayStage: string; provision: number }[] } }[];
      cohortProjection: { year: number; cohort: string; provision: number }[];
    };
  };
  const community = (stages: { pathwayStage: string; provision: number }[]) => stages.find((s) => s.pathwayStage === 'COMMUNITY_SUPPORT')!.provision;
  const figures = (answer: Answer) => ({
    ics: community(answer.integratedCareSystem.pathway.stages),
    coventry: community(answer.integratedCareSystem.places.find((p) => p.laCode === 'E08000026')!.pathway.stages),
    adults2025: answer.integratedCareSystem.cohortProjection.find((row) => row.year === 2025 && row.cohort === 'ADULTS')?.provision,
  });
  // The cohort projection sums ADULTS provision over categories: QWU-SVC-001 (120) alone, then with the new service (+40).
  expect(figures(await api.query<Answer>(pathway, {}))).toEqual({ ics: 120, coventry: 120, adults2025: 120 });
  expect(figures(await api.query<Answer>(pathway, { scenario }))).toEqual({ ics: 160, coventry: 160, adults2025: 160 });

  const csv = async (params: Record<string, string>) => (await fetch(`${base}/export/gap-findings.csv?${new URLSearchParams(params)}`)).text();
  const row = (text: string) => text.split('\r\n').find((line) => line.startsWith('SERVICES,PLACE,QWU,E08000026,ADULTS,AUTISM,COMMUNITY_SUPPORT,,2025'));
  expect(row(await csv({ icsCode: 'QWU', level: 'PLACE', year: '2025' }))).toContain(',195,120,75,');
  expect(row(await csv({ icsCode: 'QWU', level: 'PLACE', year: '2025', scenario }))).toContain(',195,160,35,');
});

test('a gap query with an unknown scenario is NOT_FOUND naming the argument; the export answers 400 naming the parameter', async () => {
  for (const unknown of ['999999', 'not-an-id']) {
    const [error] = await api.errorsOf(FINDINGS, { filter: { icsCode: 'QWU' }, scenario: unknown });
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'scenario' });
    expect(error.message).toContain('scenario');
  }
  const [comparison] = await api.errorsOf(COMPARISON, { scenario: '999999', fromYear: 2025, toYear: 2025 });
  expect(comparison.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'scenario' });
  const response = await fetch(`${base}/export/gap-findings.csv?icsCode=QWU&scenario=999999`);
  expect(response.status).toBe(400);
  expect(((await response.json()) as { error: string }).error).toMatch(/^query parameter "scenario": no scenario has the id/);
});

test('cached answers computed with a scenario change their ETag when the scenario changes, though the data version does not', async () => {
  const query = `query F($scenario: ID) { gapFindings(filter: { icsCode: "QWU", year: 2025 }, scenario: $scenario) { totalCount } }`;
  const graphql = () => fetch(`${base}/graphql?${new URLSearchParams({ query, variables: JSON.stringify({ scenario }) })}`);
  const exported = () => fetch(`${base}/export/gap-findings.csv?icsCode=QWU&year=2025&scenario=${scenario}`);
  const before = [(await graphql()).headers.get('etag'), (await exported()).headers.get('etag')];
  expect(before.every((etag) => etag?.startsWith('W/"d'))).toBe(true);
  const version = (await readDataVersion(api.app.database.sql())).version;
  await api.query(saveIn('Service'), { input: { ...newService, capacityPeople: 45 }, expectedVersion: 1, reason: '45, not 40', scenario }, await editorOfQwu());
  expect((await readDataVersion(api.app.database.sql())).version).toBe(version);
  const after = [(await graphql()).headers.get('etag'), (await exported()).headers.get('etag')];
  expect(after[0]).not.toBe(before[0]);
  expect(after[1]).not.toBe(before[1]);
  // Put back as the other tests of this file expect it.
  await api.query(saveIn('Service'), { input: newService, expectedVersion: 2, reason: 'back to 40', scenario }, await editorOfQwu());
});

test('scenario queries running at once each see the scenario, and leave the data version alone', async () => {
  const version = (await readDataVersion(api.app.database.sql())).version;
  const filter = { icsCode: 'QWU', level: 'PLACE', domain: 'SERVICES', year: 2025 };
  type Answer = { gapFindings: { edges: { node: { laCode: string; provision: number } }[] } };
  const answers = await Promise.all([1, 2, 3].map(() => api.query<Answer>(FINDINGS, { filter, scenario })));
  for (const answer of answers) {
    expect(answer.gapFindings.edges.map((edge) => [edge.node.laCode, edge.node.provision])).toContainEqual(['E08000026', 160]);
  }
  expect((await readDataVersion(api.app.database.sql())).version).toBe(version);
});
