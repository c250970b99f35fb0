import { openTestApi, type TestApi } from '../support/api.js';
import { openFixtureApi } from '../gap/support/fixtures.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

interface Row {
  ics: string | null;
  region: string | null;
  year: number | null;
  cohort: string | null;
  cohortGroup: string | null;
  unit: string;
  need: number | null;
  provision: number;
  gap: number | null;
  coverage: number | null;
  severity: string | null;
  findingCount: number;
  criticalCount: number;
}

const analytics = async (groupBy: string, filter: string, first = 500) => {
  const data = await api.query<{ gapAnalytics: { totalCount: number; edges: { node: Row }[] } }>(`{
    gapAnalytics(groupBy: [${groupBy}], filter: { ${filter} }, first: ${first}) {
      totalCount
      edges { node { ics region year cohort cohortGroup unit need provision gap coverage severity findingCount criticalCount } }
    }
  }`);
  return { total: data.gapAnalytics.totalCount, rows: data.gapAnalytics.edges.map((edge) => edge.node) };
};

const findings = async (filter: string) => {
  const data = await api.query<{ gapFindings: { totalCount: number; edges: { node: { icsCode: string; need: number; provision: number; severity: string } }[] } }>(`{
    gapFindings(filter: { ${filter} }, first: 500) { totalCount edges { node { icsCode need provision severity } } }
  }`);
  return data.gapFindings;
};

test('grouping by nothing gives one England row whose sums match the findings', async () => {
  const filter = 'domain: SERVICES, year: 2025, cohort: "YOUNG_ADULTS_18_25", basis: CASELOAD';
  const { total, rows } = await analytics('', filter);
  const all = await findings(filter);
  expect(total).toBe(1);
  const [england] = rows;
  expect(england.ics).toBeNull();
  expect(england.unit).toBe('PEOPLE');
  expect(england.findingCount).toBe(all.totalCount);
  expect(england.criticalCount).toBe(all.edges.filter((edge) => edge.node.severity === 'CRITICAL').length);
  const need = all.edges.reduce((sum, edge) => sum + edge.node.need, 0);
  const provision = all.edges.reduce((sum, edge) => sum + edge.node.provision, 0);
  expect(england.need).toBeCloseTo(need, 6);
  expect(england.provision).toBeCloseTo(provision, 6);
  // Coverage comes from the sums, never from an average of the findings' ratios.
  expect(england.coverage).toBeCloseTo(provision / need, 8);
});

test('grouping by ics gives one row per ICS with data, adding up to the England row', async () => {
  const filter = 'domain: HOUSING, year: 2028';
  const byIcs = await analytics('ics', filter);
  const [england] = (await analytics('', filter)).rows;
  // 2028 on its own boundaries: Frimley (QNQ), Surrey Heartlands (QXU) and North Central London (QMJ) were abolished on
  // 1 April 2026; their authorities and plans count to their successors S0E4D, S9B9J and Z9B2Z (and QRL).
  expect(byIcs.rows.map((row) => row.ics).sort()).toEqual(['QHL', 'QJK', 'QOP', 'QOQ', 'QRL', 'QUA', 'QWU', 'S0E4D', 'S9B9J', 'Z9B2Z']);
  expect(byIcs.rows.reduce((sum, row) => sum + row.need!, 0)).toBeCloseTo(england.need!, 6);
  expect(byIcs.rows.every((row) => row.unit === 'BED_SPACES' && row.region === null)).toBe(true);
});

test('rows never add people to pounds: without a domain they split by unit', async () => {
  const { rows } = await analytics('region', 'year: 2025');
  const units = new Set(rows.map((row) => row.unit));
  expect(units).toEqual(new Set(['PEOPLE', 'BED_SPACES', 'WTE', 'GBP']));
});

test('rows never add a caseload to a number a year: each basis is its own row, summing only its findings', async () => {
  const filter = 'domain: SERVICES, year: 2025, pathwayStage: "PREVENTION_EARLY_INTERVENTION", icsCode: "QHL"';
  const data = await api.query<{ gapAnalytics: { edges: { node: { basis: string; need: number; provision: number; findingCount: number } }[] } }>(`{
    gapAnalytics(groupBy: [ics], filter: { ${filter} }, first: 10) { edges { node { basis need provision findingCount } } }
  }`);
  const found = await api.query<{ gapFindings: { edges: { node: { basis: string; need: number; provision: number } }[] } }>(`{
    gapFindings(filter: { ${filter} }, first: 500) { edges { node { basis need provision } } }
  }`);
  const byBasis = (basis: string) => found.gapFindings.edges.map((edge) => edge.node).filter((node) => node.basis === basis);
  const rows = data.gapAnalytics.edges.map((edge) => edge.node);
  // The demo plans both at prevention: caseloads of early support and diagnostic assessments a year.
  expect(rows.map((row) => row.basis).sort()).toEqual(['CASELOAD', 'PER_YEAR']);
  for (const row of rows) {
    const own = byBasis(row.basis);
    expect(row.findingCount).toBe(own.length);
    expect(row.need).toBeCloseTo(own.reduce((sum, node) => sum + node.need, 0), 6);
    expect(row.provision).toBeCloseTo(own.reduce((sum, node) => sum + node.provision, 0), 6);
  }
});

test('severity of a group is derived from its sums by the finding thresholds', async () => {
  const { rows } = await analytics('ics, year, cohort', 'domain: SERVICES, fromYear: 2025, toYear: 2026');
  for (const row of rows) {
    const coverage = row.need ? row.provision / row.need : null;
    const expected =
      !row.need ? 'NONE' : row.provision === 0 ? 'CRITICAL' : coverage! >= 1 ? 'NONE' : coverage! >= 0.9 ? 'LOW' : coverage! >= 0.75 ? 'MEDIUM' : 'HIGH';
    expect(row.severity).toBe(expected);
  }
});

test('gapAnalytics makes one SQL statement whatever the grouping or page', async () => {
  for (const [groupBy, first] of [['', 1], ['ics, year, cohort', 10], ['localAuthority, pathwayStage', 500]] as const) {
    api.statements.length = 0;
    await analytics(groupBy, 'domain: SERVICES', first);
    expect(api.statements).toHaveLength(1);
  }
});

test('grouping by cohortGroup sums CHILDREN_14_17 and YOUNG_ADULTS_18_25 as PREPARING_FOR_ADULTHOOD; other cohorts are their own group', async () => {
  // Exact hand-computed sums are in the pathway-and-projection gap fixture; here the demo's groups must add up.
  const filter = 'domain: SERVICES, year: 2025';
  const byGroup = new Map((await analytics('cohortGroup', filter)).rows.map((row) => [row.cohortGroup, row]));
  const byCohort = new Map((await analytics('cohort', filter)).rows.map((row) => [row.cohort, row]));
  expect([...byGroup.keys()].sort()).toEqual(['ADULTS', 'EARLY_YEARS', 'OLDER_ADULTS', 'PREPARING_FOR_ADULTHOOD', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL']);
  const [children, youngAdults] = [byCohort.get('CHILDREN_14_17')!, byCohort.get('YOUNG_ADULTS_18_25')!];
  const pfa = byGroup.get('PREPARING_FOR_ADULTHOOD')!;
  expect(pfa.cohort).toBeNull();
  expect(pfa.need).toBeCloseTo(children.need! + youngAdults.need!, 6);
  expect(pfa.provision).toBeCloseTo(children.provision + youngAdults.provision, 6);
  expect(pfa.findingCount).toBe(children.findingCount + youngAdults.findingCount);
  for (const code of ['EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', 'ADULTS', 'OLDER_ADULTS']) {
    expect({ ...byGroup.get(code)!, cohortGroup: null }).toEqual({ ...byCohort.get(code)!, cohort: null });
  }
});

test('findings without a cohort (workforce) have a null cohort group', async () => {
  const { rows } = await analytics('cohortGroup', 'domain: WORKFORCE, year: 2025');
  expect(rows.map((row) => [row.cohortGroup, row.unit])).toEqual([[null, 'WTE']]);
});

test('an unknown code in the filter is an error naming it', async () => {
  const errors = await api.errorsOf('{ gapAnalytics(groupBy: [ics], filter: { cohort: "TODDLERS" }) { totalCount } }');
  expect(errors[0].message).toMatch(/^Argument "filter.cohort": unknown cohort 'TODDLERS'/);
});

test('worstSeverity is the worst severity among the findings of each group, not the severity of the sums', async () => {
  const filter = 'icsCode: "QWU", domain: SERVICES, year: 2027';
  const data = await api.query<{ gapAnalytics: { edges: { node: { pathwayStage: string; severity: string; worstSeverity: string } }[] } }>(`{
    gapAnalytics(groupBy: [pathwayStage], filter: { ${filter} }, first: 500) { edges { node { pathwayStage severity worstSeverity } } }
  }`);
  const all = await api.query<{ gapFindings: { totalCount: number; edges: { node: { pathwayStage: string; severity: string } }[] } }>(`{
    gapFindings(filter: { ${filter} }, first: 500) { totalCount edges { node { pathwayStage severity } } }
  }`);
  expect(all.gapFindings.totalCount).toBeLessThanOrEqual(500);
  const order = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
  const worst = new Map<string, string>();
  for (const { node } of all.gapFindings.edges) {
    const seen = worst.get(node.pathwayStage);
    if (!seen || order.indexOf(node.severity) > order.indexOf(seen)) worst.set(node.pathwayStage, node.severity);
  }
  const rows = data.gapAnalytics.edges.map((edge) => edge.node);
  expect(Object.fromEntries(rows.map((row) => [row.pathwayStage, row.worstSeverity]))).toEqual(Object.fromEntries(worst));
  // Some stage meets need better overall than its worst finding: the two fields answer different questions.
  expect(rows.some((row) => order.indexOf(row.worstSeverity) > order.indexOf(row.severity))).toBe(true);
});

test('worstSeverity skips uncosted FINANCE findings, and is null when a group has only those', async () => {
  const fixture = await openFixtureApi('finance-and-workforce');
  try {
    const data = await fixture.query<{ gapAnalytics: { edges: { node: Record<string, string | null> }[] } }>(`{
      gapAnalytics(groupBy: [pathwayStage], filter: { domain: FINANCE }, orderBy: DIMENSIONS) { edges { node { pathwayStage worstSeverity } } }
    }`);
    expect(data.gapAnalytics.edges.map((edge) => edge.node)).toEqual([
      { pathwayStage: 'COMMUNITY_SUPPORT', worstSeverity: 'CRITICAL' },
      { pathwayStage: 'CRISIS_AND_INTENSIVE_SUPPORT', worstSeverity: 'NONE' },
      { pathwayStage: 'DISCHARGE_AND_STEP_DOWN', worstSeverity: 'NONE' },
      { pathwayStage: 'HOUSING_AND_ACCOMMODATION', worstSeverity: 'LOW' },
    ]);
    const uncosted = await fixture.query<{ gapAnalytics: { edges: { node: { need: number | null; worstSeverity: string | null } }[] } }>(`{
      gapAnalytics(groupBy: [pathwayStage], filter: { domain: FINANCE, cohort: "ADULTS", pathwayStage: "COMMUNITY_SUPPORT" }) {
        edges { node { need worstSeverity } }
      }
    }`);
    expect(uncosted.gapAnalytics.edges.map((edge) => edge.node)).toEqual([{ need: null, worstSeverity: null }]);
  } finally {
    await fixture.close();
  }
});
