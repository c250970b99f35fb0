import { parse } from 'graphql';
import { buildApiSchema } from '../../src/graphql/schema.js';
import { operationCost } from '../../src/server/limits/query-cost.js';
import { FINDINGS_QUERY } from '../gap/support/findings-query.js';
import { openTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const cost = async (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(await buildApiSchema(), parse(query), variables, undefined, Number.MAX_SAFE_INTEGER);

describe('gap fields are weighed by the scope their statement computes over', () => {
  const findings = (filter: string) => `{ gapFindings(filter: { ${filter} }, first: 1) { totalCount } }`;

  test('national costs more than one ICS, which costs more than one place; one year less than all', async () => {
    const [national, ics, place] = await Promise.all(['', 'icsCode: "QWU"', 'laCode: "E08000026"'].map((f) => cost(findings(f))));
    expect(national).toBeGreaterThan(ics);
    expect(ics).toBeGreaterThan(place);
    expect(await cost(findings('year: 2025'))).toBeLessThan(national);
    expect(await cost(findings('fromYear: 2025, toYear: 2027'))).toBeLessThan(national);
    expect(await cost(findings('fromYear: 2025, toYear: 2027'))).toBeGreaterThan(await cost(findings('year: 2025')));
  });

  test('one national gapFindings with a full page of explained findings passes; fifteen aliased ones are refused, naming the limit', async () => {
    // Every field of a finding, its explanation included, over every year of England: 107 per finding since
    // explanations list capital lines and the workforce measure, so 450 findings (a full page of 500 is 53,500).
    const one = await api.respond(FINDINGS_QUERY, { filter: {}, first: 450 });
    expect(one.errors).toBeUndefined();
    const fifteen = await api.respond(aliased(15, 'gapFindings(filter: {}, first: 1) { totalCount }'));
    expect(fifteen.status).toBe(400);
    expect(fifteen.data).toBeUndefined();
    expect(fifteen.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Query cost \d+ exceeds the limit of 50000: ask for fewer rows \(first\), a narrower scope/),
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COSTLY', maximumCost: 50000 }),
      }),
    ]);
  });

  test('fifteen aliased ICS findings of one year pass', async () => {
    const result = await api.respond(aliased(15, 'gapFindings(filter: { icsCode: "QWU", year: 2025 }, first: 10) { totalCount }'));
    expect(result.errors).toBeUndefined();
  });

  test('gapAnalytics is weighed by scope too', async () => {
    const analytics = (filter: string) => `{ gapAnalytics(groupBy: [ics], filter: { ${filter} }, first: 1) { totalCount } }`;
    const [national, ics, place] = await Promise.all(['', 'icsCode: "QWU"', 'laCode: "E08000026"'].map((f) => cost(analytics(f))));
    expect(national).toBeGreaterThan(ics);
    expect(ics).toBeGreaterThan(place);
    expect((await api.respond(aliased(15, 'gapAnalytics(groupBy: [ics], first: 1) { totalCount }'))).status).toBe(400);
  });

  test.each([
    ['pathway', 'pathway(year: 2025) { breaks { pathwayStage } }'],
    ['cohortProjection', 'cohortProjection(fromYear: 2025, toYear: 2030) { flagged }'],
    ['metricStatus', 'metricStatus(year: 2025) { met }'],
  ])('IntegratedCareSystem.%s costs more than a plain field, and more for more ICSs', async (_field, selection) => {
    const one = await cost(`{ integratedCareSystem(code: "QWU") { ${selection} } }`);
    const plain = await cost('{ integratedCareSystem(code: "QWU") { name } }');
    expect(one).toBeGreaterThan(plain + 1);
    expect(await cost(`{ integratedCareSystems(first: 50) { edges { node { ${selection} } } } }`)).toBeGreaterThan(40 * one);
  });

  test('every ICS with its pathway, projection and metrics in one request still passes', async () => {
    const result = await api.respond(
      `{ integratedCareSystems(first: 50) { edges { node {
          pathway(year: 2025) { breaks { pathwayStage } }
          cohortProjection(fromYear: 2025, toYear: 2027) { flagged }
          metricStatus(year: 2025) { met }
          places { pathway(year: 2025) { breaks { pathwayStage } } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
  });
});

describe('_entities is weighed by its representations and capped', () => {
  const ENTITIES = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on IntegratedCareSystem { odsCode name } } }`;
  const representations = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ __typename: 'IntegratedCareSystem', odsCode: i % 2 ? 'QWU' : 'QOX' }));

  test('each representation costs one lookup plus its selection', async () => {
    const ten = await cost(ENTITIES, { representations: representations(10) });
    const twenty = await cost(ENTITIES, { representations: representations(20) });
    expect(twenty - ten).toBe(10 * 3);
  });

  test('500 representations (the default cap) are resolved', async () => {
    const result = await api.respond(ENTITIES, { representations: representations(500) });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(500);
  });

  test('501 are refused with 400, naming the limit and its variable', async () => {
    const result = await api.respond(ENTITIES, { representations: representations(501) });
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message:
          '_entities: 501 representations exceed the limit of 500 per request (MAX_ENTITIES_REPRESENTATIONS): send them in smaller batches',
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COSTLY', representations: 501, maxRepresentations: 500 }),
      }),
    ]);
  });

  test('the cap counts every _entities field of the request, aliases included', async () => {
    const query = `query ($a: [_Any!]!, $b: [_Any!]!) {
      a: _entities(representations: $a) { ... on IntegratedCareSystem { odsCode } }
      b: _entities(representations: $b) { ... on IntegratedCareSystem { odsCode } } }`;
    const result = await api.respond(query, { a: representations(300), b: representations(300) });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).toContain('600 representations exceed the limit of 500');
  });

  test('a heavy selection per representation is refused by the cost limit well below the cap', async () => {
    const query = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on IntegratedCareSystem { needs(first: 500) { edges { node { laCode cohort people } } } } } }`;
    const result = await api.respond(query, { representations: representations(100) });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  test('the cap is configuration', async () => {
    const strict = await openTestApi({ config: { maxEntitiesRepresentations: 2 } });
    try {
      const result = await strict.respond(ENTITIES, { representations: representations(3) });
      expect(result.errors?.[0].message).toContain('3 representations exceed the limit of 2 per request');
    } finally {
      await strict.close();
    }
  });
});

test('variables that do not fit their types are refused as bad input (400), never as an internal error', async () => {
  const result = await api.respond('query ($n: Int) { integratedCareSystems(first: $n) { totalCount } }', { n: 'abc' });
  expect(result.status).toBe(400);
  expect(result.errors).toEqual([
    expect.objectContaining({
      message: expect.stringContaining('Variable "$n" got invalid value "abc"'),
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    }),
  ]);
});
