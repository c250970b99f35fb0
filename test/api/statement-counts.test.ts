import { openTestApi, type TestApi } from '../support/api.js';
import type { Vars } from './paging.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

// Every nested list of an ICS, as the issue names them; each should cost one statement per request.
const NESTED = `query ($first: Int!, $after: String) {
  integratedCareSystems(first: $first, after: $after) {
    totalCount
    edges { node {
      odsCode
      region { name }
      places { populationShare localAuthority { name tier } dynamicSupportRegister(first: 3) { totalCount edges { node { cohort red amber } } } }
      population(year: 2025) { cohort people }
      needs(first: 5) { totalCount edges { node { cohort people } } }
      services(first: 5) { totalCount edges { node { serviceCode cohorts needCategories capacityPeople } } }
      housingPlan(first: 5) { totalCount edges { node { accommodationType bedSpaces yearLabel } } }
      workforcePlan(first: 5) { totalCount edges { node { role wteRequired } } }
      financePlan(first: 5) { totalCount edges { node { fundingSource amountGbp } } }
      metrics(first: 5) { totalCount edges { node { value metric { name } } } }
      inpatientCensus(first: 5, filter: { populationGroup: "AGE_18_PLUS" }) { totalCount edges { node { periodEnd inpatients } } }
      workforceTraining(filter: { year: 2025 }) { rows { organisationType tier1Coverage tier1TargetMet } totals { tier2Coverage } }
      dynamicSupportRegister(first: 5, filter: { cohort: "CHILDREN_14_17" }) { totalCount edges { node { laCode periodEnd red redWithKeyworker } } }
    } }
  }
}`;

interface Ics {
  odsCode: string;
  places: unknown[];
  [field: string]: unknown;
}

async function statementsFor(first: number, after: string | null) {
  const before = api.statements.length;
  const data = await api.query<{ integratedCareSystems: { edges: { node: Ics }[] } }, Vars>(NESTED, { first, after });
  const icss = data.integratedCareSystems.edges.map((edge) => edge.node);
  const rows = JSON.stringify(icss).length;
  return { statements: api.statements.length - before, icss, rows };
}

test('a nested query issues as many statements for 20 ICSs as for 2', async () => {
  // Start the pages where an ICS with places is first, so both reach every nested loader.
  const index = await api.query<{ integratedCareSystems: { edges: { cursor: string; node: Ics }[] } }>(
    '{ integratedCareSystems(first: 500) { edges { cursor node { odsCode places { laCode } } } } }',
  );
  const edges = index.integratedCareSystems.edges;
  const start = edges.findIndex((edge, i) => edge.node.places.length > 0 && edges[i + 1]?.node.places.length > 0);
  const after = start > 0 ? edges[start - 1].cursor : null;

  const two = await statementsFor(2, after);
  const twenty = await statementsFor(20, after);

  expect(two.icss).toHaveLength(2);
  expect(twenty.icss).toHaveLength(20);
  expect(two.icss.every((ics) => ics.places.length > 0)).toBe(true);
  expect(twenty.rows).toBeGreaterThan(3 * two.rows);
  // One statement per loader: list, region, places, local authority, population, six plan lists, metric, census,
  // training, and the dynamic support register of the ICS and of its places.
  expect(two.statements).toBe(16);
  expect(twenty.statements).toBe(two.statements);
});

test('services, metrics and targets resolve their references in one statement each, whatever the rows', async () => {
  const query = `query ($first: Int!) {
    integratedCareSystems(first: $first) { edges { node {
      services(first: 50) { edges { node { localAuthority { name } } } }
      metrics(first: 50) { edges { node { metric { unit } } } }
      places { ics { odsCode } }
    } } }
    targets { metric { name } }
  }`;
  const count = async (first: number) => {
    const before = api.statements.length;
    await api.query<unknown, Vars>(query, { first });
    return api.statements.length - before;
  };
  const [few, many] = [await count(3), await count(42)];
  expect(many).toBe(few);
});
