import { openTestApi, type TestApi } from '../support/api.js';

type Variables = Record<string, unknown>;

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api?.close());

async function statementsFor(query: string, variables: Variables = {}): Promise<number> {
  api.statements.length = 0;
  await api.query<unknown, Variables>(query, variables);
  return api.statements.length;
}

const NATIONAL = `query($first: Int, $level: GapLevel) {
  gapFindings(filter: { level: $level }, first: $first) {
    totalCount
    edges { node { domain icsCode laCode cohort needCategory pathwayStage role year need provision gap coverage severity
      explanation { rule placeShare places { laCode need provision } services { serviceCode apportionedPeople }
        housingLines { laCode bedSpaces apportionedBedSpaces } workforceLines { role wtePlanned } financeLines { fundingSource amountGbp } } } }
  }
}`;

test.each(['ICS', 'PLACE'])('gapFindings for all of England (%s level) costs the same statements for 5 or 200 findings', async (level) => {
  const few = await statementsFor(NATIONAL, { first: 5, level });
  const many = await statementsFor(NATIONAL, { first: 200, level });
  expect(few).toBe(1);
  expect(many).toBe(few);
});

test('pathway, cohort projection and metric status for 20 ICSs and their places cost one statement per field', async () => {
  const query = `query($first: Int) {
    integratedCareSystems(first: $first) { edges { node {
      pathway(year: 2025) { breaks { pathwayStage } }
      cohortProjection(fromYear: 2025, toYear: 2027) { flagged }
      metricStatus(year: 2025) { met }
      places { pathway(year: 2025) { breaks { pathwayStage } } }
    } } }
  }`;
  const twenty = await statementsFor(query, { first: 20 });
  // The ICS list, the places, one each for pathway, projection, metric status and place pathways, and one
  // reading the years held (for warnings about years outside the data).
  expect(twenty).toBe(7);
  expect(await statementsFor(query, { first: 42 })).toBe(twenty);
});

test('the breaks planted in the demo data show as CRITICAL findings', async () => {
  const severities = async (filter: Variables) => {
    const result = await api.query<{ gapFindings: { edges: { node: { severity: string } }[] } }, Variables>(
      `query($filter: GapFilter!) { gapFindings(filter: $filter, first: 500) { edges { node { severity } } } }`,
      { filter },
    );
    return [...new Set(result.gapFindings.edges.map((edge) => edge.node.severity))];
  };
  // (seeds/demo/README.md, "Planted breaks".) Humber and North Yorkshire's discharge services start at 26 (min_age 26).
  expect(await severities({ icsCode: 'QOQ', domain: 'SERVICES', pathwayStage: 'DISCHARGE_AND_STEP_DOWN', cohort: 'YOUNG_ADULTS_18_25', year: 2025 })).toEqual(['CRITICAL']);
  // The Black Country has no community support for autistic adults.
  expect(await severities({ icsCode: 'QUA', domain: 'SERVICES', pathwayStage: 'COMMUNITY_SUPPORT', needCategory: 'AUTISM', cohort: 'ADULTS' })).toEqual(['CRITICAL']);
  // North Central London has no children's intensive support; its keyworkers serve 14–25 only.
  for (const cohort of ['PRIMARY_SCHOOL', 'SECONDARY_SCHOOL']) {
    expect(await severities({ icsCode: 'QMJ', domain: 'SERVICES', pathwayStage: 'CRISIS_AND_INTENSIVE_SUPPORT', needCategory: 'AUTISM', cohort, year: 2025 })).toEqual(['CRITICAL']);
  }
  // Birmingham's waiting-list initiative ends on 31 March 2025: autistic adults' assessments a year drop to HIGH from 2025/26.
  expect(await severities({ icsCode: 'QHL', domain: 'SERVICES', pathwayStage: 'PREVENTION_EARLY_INTERVENTION', needCategory: 'AUTISM', cohort: 'ADULTS', basis: 'PER_YEAR', year: 2025 })).toEqual(['HIGH']);
});
