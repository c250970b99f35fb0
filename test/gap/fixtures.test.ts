import type { TestApi } from '../support/api.js';
import { fixtureExpectations, fixtureHasNeeds, fixtureNames, openFixtureApi } from './support/fixtures.js';
import { FINDINGS_QUERY, type FindingsResult } from './support/findings-query.js';
import { placeSumDifferences } from './support/invariant.js';
import { differences } from './support/match.js';

type Variables = Record<string, unknown>;

/*
 * Data-driven: each folder under test/fixtures/gap is a small dataset in the import format with an
 * expected.json stating the exact findings (and other answers) it must give.
 */
describe.each(fixtureNames())('gap fixture %s', (name) => {
  const expectations = fixtureExpectations(name);
  let api: TestApi;
  beforeAll(async () => {
    api = await openFixtureApi(name);
  });
  afterAll(() => api?.close());

  for (const { name: caseName, filter, orderBy, first, expected } of expectations.findings ?? []) {
    test(`findings: ${caseName}`, async () => {
      const result = await api.query<FindingsResult, Variables>(FINDINGS_QUERY, { filter, orderBy, first: first ?? 500 });
      const nodes = result.gapFindings.edges.map((edge) => edge.node);
      expect(differences(nodes, expected)).toEqual([]);
      expect(result.gapFindings.totalCount).toBe(expected.length);
    });
  }

  for (const { name: caseName, query, variables, expected } of expectations.queries ?? []) {
    test(`query: ${caseName}`, async () => {
      expect(differences(await api.query<unknown, Variables>(query, variables ?? {}), expected)).toEqual([]);
    });
  }

  test('place findings add up to the ICS findings', async () => {
    const all = async (level: string) =>
      (await api.query<FindingsResult, Variables>(FINDINGS_QUERY, { filter: { level }, first: 500 })).gapFindings.edges
        .map((edge) => edge.node)
        .filter((node) => node.domain === 'SERVICES' || node.domain === 'HOUSING');
    const [ics, places] = [await all('ICS'), await all('PLACE')];
    if (fixtureHasNeeds(name)) expect(ics.length).toBeGreaterThan(0);
    expect(placeSumDifferences(ics, places)).toEqual([]);
  });
});
