import { openTestApi, type TestApi } from '../support/api.js';
import type { Vars } from './paging.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

interface Authority {
  onsCode: string;
  name: string;
  tier: string;
}

interface AuthorityPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Authority }[];
}

const LIST = `query ($filter: LocalAuthorityFilter, $first: Int, $after: String) {
  localAuthorities(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { onsCode name tier } }
  }
}`;

const list = async (variables: Record<string, unknown>) =>
  (await api.query<{ localAuthorities: AuthorityPage }, Vars>(LIST, variables)).localAuthorities;

const placesOf = async (code: string) =>
  (
    await api.query<{ integratedCareSystem: { places: { laCode: string }[] } }, Vars>(
      `query ($code: String!) { integratedCareSystem(code: $code) { places { laCode } } }`,
      { code },
    )
  ).integratedCareSystem.places.map((place) => place.laCode);

test('lists every authority held, in name order', async () => {
  const [{ n }] = await api.app.database.sql().rows<{ n: number }>('select count(*)::int as n from local_authorities');
  const page = await list({ first: 500 });
  expect(page.totalCount).toBe(n);
  const names = page.edges.map((edge) => edge.node.name);
  expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});

test.each([
  [{ tier: 'COUNTY' }, (a: Authority) => a.tier === 'COUNTY'],
  [{ tier: 'LONDON_BOROUGH' }, (a: Authority) => a.tier === 'LONDON_BOROUGH'],
  [{ nameContains: 'SHIRE' }, (a: Authority) => a.name.toLowerCase().includes('shire')],
  [{ tier: 'UNITARY', nameContains: 'north' }, (a: Authority) => a.tier === 'UNITARY' && /north/i.test(a.name)],
])('filter %j keeps exactly the matching authorities', async (filter, matches) => {
  const all = (await list({ first: 500 })).edges.map((edge) => edge.node);
  const filtered = await list({ filter, first: 500 });
  expect(filtered.edges.map((edge) => edge.node)).toEqual(all.filter(matches));
  expect(filtered.totalCount).toBeGreaterThan(0);
  expect(filtered.totalCount).toBeLessThan(all.length);
});

test.each([['QNQ'], ['E54000034'], ['qwu']])(
  'filter by ICS %s gives the authorities of its places',
  async (icsCode) => {
    const filtered = await list({ filter: { icsCode }, first: 500 });
    expect(filtered.edges.map((edge) => edge.node.onsCode).sort()).toEqual((await placesOf(icsCode)).sort());
  },
);

test('pages join up through cursors, and a page past the end still counts', async () => {
  const all = await list({ first: 500 });
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: AuthorityPage = await list({ first: 7, after });
    expect(page.totalCount).toBe(all.totalCount);
    seen.push(...page.edges.map((edge) => edge.node.onsCode));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(seen).toEqual(all.edges.map((edge) => edge.node.onsCode));
  const past = await list({ first: 5, after: all.pageInfo.endCursor });
  expect(past.edges).toEqual([]);
  expect(past.totalCount).toBe(all.totalCount);
});

test('an authority split between two ICSs shows both places with their shares, and its place since April 2026', async () => {
  const data = await api.query<{ localAuthority: Record<string, unknown> }>(`{
    localAuthority(onsCode: "E10000014") {
      onsCode name tier
      places { icsCode laCode populationShare validFrom validTo ics { odsCode name } localAuthority { name } }
    }
  }`);
  expect(data.localAuthority).toEqual({
    onsCode: 'E10000014',
    name: 'Hampshire',
    tier: 'COUNTY',
    places: [
      {
        icsCode: 'QNQ',
        laCode: 'E10000014',
        populationShare: 0.14,
        validFrom: null,
        validTo: '2026-03-31',
        ics: { odsCode: 'QNQ', name: expect.stringContaining('Frimley') },
        localAuthority: { name: 'Hampshire' },
      },
      {
        icsCode: 'QRL',
        laCode: 'E10000014',
        populationShare: 0.86,
        validFrom: null,
        validTo: '2026-03-31',
        ics: { odsCode: 'QRL', name: expect.stringContaining('Hampshire') },
        localAuthority: { name: 'Hampshire' },
      },
      // Since 1 April 2026 Hampshire and Isle of Wight holds the whole county (north-east Hampshire from Frimley).
      {
        icsCode: 'QRL',
        laCode: 'E10000014',
        populationShare: 1,
        validFrom: '2026-04-01',
        validTo: null,
        ics: { odsCode: 'QRL', name: expect.stringContaining('Hampshire') },
        localAuthority: { name: 'Hampshire' },
      },
    ],
  });
});

test.each([
  ['E08000026', 'Coventry'],
  ['e08000026', 'Coventry'],
])('localAuthority(onsCode: %s) is %s', async (onsCode, name) => {
  const data = await api.query<{ localAuthority: { name: string } | null }, Vars>(
    `query ($onsCode: String!) { localAuthority(onsCode: $onsCode) { name } }`,
    { onsCode },
  );
  expect(data.localAuthority?.name ?? null).toBe(name);
});

test('localAuthority(onsCode: E99999999) is null with a NOT_FOUND error naming the code', async () => {
  const result = await api.result('{ localAuthority(onsCode: "E99999999") { name } }');
  expect(result.data).toEqual({ localAuthority: null });
  expect(result.errors).toEqual([
    expect.objectContaining({
      message: "No local authority has the ONS code 'E99999999'; localAuthorities lists them.",
      path: ['localAuthority'],
      extensions: expect.objectContaining({ code: 'NOT_FOUND', argument: 'onsCode', value: 'E99999999' }),
    }),
  ]);
});

test("an authority's needs are its whole JSNA, filtered like an ICS's", async () => {
  const [{ n }] = await api.app.database
    .sql()
    .rows<{ n: number }>(`select count(*)::int as n from assessed_needs where la_code = 'E10000014' and year = 2026`);
  const data = await api.query<{
    localAuthority: {
      needs: {
        totalCount: number;
        edges: {
          node: { laCode: string; year: number; populationShare: number; people: number; attributedPeople: number };
        }[];
      };
    };
  }>(`{
    localAuthority(onsCode: "E10000014") {
      needs(first: 500, filter: { year: 2026 }) { totalCount edges { node { laCode year populationShare people attributedPeople } } }
    }
  }`);
  expect(n).toBeGreaterThan(0);
  expect(data.localAuthority.needs.totalCount).toBe(n);
  for (const { node } of data.localAuthority.needs.edges) {
    expect(node).toEqual({
      laCode: 'E10000014',
      year: 2026,
      populationShare: 1,
      people: node.people,
      attributedPeople: node.people,
    });
  }
});

test('places of an ICS resolve their ICS and local authority', async () => {
  const data = await api.query<{ integratedCareSystem: { places: unknown[] } }>(`{
    integratedCareSystem(code: "QWU") { places { ics { odsCode } localAuthority { onsCode name tier } } }
  }`);
  expect(data.integratedCareSystem.places).toEqual([
    {
      ics: { odsCode: 'QWU' },
      localAuthority: { onsCode: 'E08000026', name: 'Coventry', tier: 'METROPOLITAN_DISTRICT' },
    },
    { ics: { odsCode: 'QWU' }, localAuthority: { onsCode: 'E10000031', name: 'Warwickshire', tier: 'COUNTY' } },
  ]);
});
