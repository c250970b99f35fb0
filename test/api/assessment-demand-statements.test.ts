import { openTestApi, type TestApi } from '../support/api.js';
import type { Vars } from './paging.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

// The assessment returns of an ICS and of each of its places: one statement each per request, whatever the rows.
const NESTED = `query ($first: Int!, $after: String) {
  integratedCareSystems(first: $first, after: $after, filter: { asAt: "2025-06-30" }) { edges { node {
    odsCode
    assessmentDemand(first: 5, filter: { cohort: "ADULTS" }) { totalCount edges { node { laCode periodEnd waiting populationShare } } }
    places { laCode validFrom assessmentDemand(first: 3) { totalCount edges { node { periodEnd waiting13WeeksPlus populationShare } } } }
  } } }
}`;

interface Ics {
  odsCode: string;
  assessmentDemand: { totalCount: number };
  places: { validFrom: string | null; assessmentDemand: { totalCount: number } }[];
}

async function statementsFor(first: number, after: string | null = null) {
  const before = api.statements.length;
  const data = await api.query<{ integratedCareSystems: { edges: { node: Ics }[] } }, Vars>(NESTED, { first, after });
  return { statements: api.statements.length - before, icss: data.integratedCareSystems.edges.map((edge) => edge.node) };
}

test('assessmentDemand of ICSs and places: as many statements for every ICS as for two', async () => {
  // Two ICSs with places, so the place field is asked for too.
  const index = await api.query<{ integratedCareSystems: { edges: { cursor: string; node: { places: unknown[] } }[] } }>(
    '{ integratedCareSystems(first: 500, filter: { asAt: "2025-06-30" }) { edges { cursor node { places { laCode } } } } }',
  );
  const edges = index.integratedCareSystems.edges;
  const start = edges.findIndex((edge, i) => edge.node.places.length > 0 && edges[i + 1]?.node.places.length > 0);
  const two = await statementsFor(2, start > 0 ? edges[start - 1].cursor : null);
  expect(two.icss.every((ics) => ics.places.length > 0)).toBe(true);
  const all = await statementsFor(500);
  const withReturns = all.icss.filter((ics) => ics.assessmentDemand.totalCount > 0);
  // The ten demo ICSs of 2025 (the returns end in March 2026): each authority's returns for two cohorts (18–25,
  // 26–64) at nine quarter ends, ADULTS alone 9, through the places of 2022 (a place since April 2026 counts none).
  expect(withReturns).toHaveLength(10);
  for (const ics of withReturns) {
    const places2022 = ics.places.filter((place) => place.validFrom === null);
    expect(ics.assessmentDemand.totalCount).toBe(9 * places2022.length);
    for (const place of places2022) expect(place.assessmentDemand.totalCount).toBe(2 * 9);
  }
  // The list of ICSs, their places, and one statement for each assessmentDemand field.
  expect(all.statements).toBe(two.statements);
  expect(two.statements).toBe(4);
});
