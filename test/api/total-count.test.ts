import { encodeCursor } from '../../src/graphql/connection.js';
import { openTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

/**
 * Every connection, top-level or nested, as a query whose `CONNECTION` placeholder takes the page
 * arguments and `PAGE` the selection; `path` leads from `data` to the connection. Totals are the demo dataset's.
 */
const CONNECTIONS: { name: string; query: string; path: string[]; total: number }[] = [
  { name: 'integratedCareSystems', query: '{ c: integratedCareSystems(CONNECTION) PAGE }', path: ['c'], total: 42 },
  { name: 'integratedCareSystems by region', query: '{ c: integratedCareSystems(filter: { regionCode: "Y60" }, CONNECTION) PAGE }', path: ['c'], total: 11 },
  { name: 'localAuthorities', query: '{ c: localAuthorities(CONNECTION) PAGE }', path: ['c'], total: 40 },
  // Since the split at 18 the demo has 7 cohorts where it had 6 (each 14–25 row became a CHILDREN_14_17 and a
  // YOUNG_ADULTS_18_25 row): needs 2 authorities × 7 cohorts × 3 categories × 6 stages × 7 years = 1,764 (2025 alone
  // 252, Coventry alone 882); QWU's 56 housing lines and 126 finance lines for 14–25 became two each (161 + 56, 630 + 126).
  ...(
    [
      ['needs', 1764],
      ['services', 26],
      ['housingPlan', 217],
      ['workforcePlan', 175],
      ['financePlan', 756],
      ['metrics', 56],
    ] as const
  ).map(([field, total]) => ({
    name: `integratedCareSystem(QWU).${field}`,
    query: `{ i: integratedCareSystem(code: "QWU") { c: ${field}(CONNECTION) PAGE } }`,
    path: ['i', 'c'],
    total,
  })),
  {
    name: 'integratedCareSystem(QWU).needs of 2025',
    query: '{ i: integratedCareSystem(code: "QWU") { c: needs(filter: { year: 2025 }, CONNECTION) PAGE } }',
    path: ['i', 'c'],
    total: 252,
  },
  { name: 'localAuthority(E08000026).needs', query: '{ l: localAuthority(onsCode: "E08000026") { c: needs(CONNECTION) PAGE } }', path: ['l', 'c'], total: 882 },
  // Without the inpatient stage (REDUCE): QWU 1,225 − 7 years × (6 cohorts × 3 categories SERVICES + 6 FINANCE) = 1,057
  // in v1; the 14–25 band's findings a year (6 stages × 3 categories SERVICES + 1 HOUSING + 6 FINANCE = 25) now come
  // twice: 1,225 + 7 × 25 − 7 × (7 × 3 + 7) = 1,204. The E08000026 places in 2025: 114 + (6 × 3 + 1) − 7 × 3 = 112.
  { name: 'gapFindings of QWU', query: '{ c: gapFindings(filter: { icsCode: "QWU" }, CONNECTION) PAGE }', path: ['c'], total: 1204 },
  { name: 'gapFindings of E08000026 places', query: '{ c: gapFindings(filter: { laCode: "E08000026", year: 2025 }, CONNECTION) PAGE }', path: ['c'], total: 112 },
  { name: 'gapAnalytics by ics', query: '{ c: gapAnalytics(groupBy: [ics], CONNECTION) PAGE }', path: ['c'], total: 40 },
];

const PAGE = '{ totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor } }';

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string }[];
}

async function page(connection: (typeof CONNECTIONS)[number], args: string): Promise<Connection> {
  let value: unknown = await api.query(connection.query.replace('CONNECTION', args).replace('PAGE', PAGE));
  for (const key of connection.path) value = (value as Record<string, unknown>)[key];
  return value as Connection;
}

describe.each(CONNECTIONS)('$name', (connection) => {
  test('reads as many rows as totalCount says, page by page', async () => {
    let read = 0;
    let after: string | null = null;
    for (;;) {
      const current: Connection = await page(connection, `first: 500${after ? `, after: "${after}"` : ''}`);
      expect(current.totalCount).toBe(connection.total);
      read += current.edges.length;
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(read).toBe(connection.total);
  });

  test('first: 0 counts every row and returns none', async () => {
    const empty = await page(connection, 'first: 0');
    expect(empty).toEqual({
      totalCount: connection.total,
      pageInfo: { hasNextPage: connection.total > 0, hasPreviousPage: false, endCursor: null },
      edges: [],
    });
  });

  test.each([
    ['just past the last row', 0],
    ['far past the end', 1000],
  ])('a page %s still counts every row', async (_case, beyond) => {
    const after = encodeCursor(connection.total - 1 + beyond);
    const past = await page(connection, `first: 5, after: "${after}"`);
    expect(past.totalCount).toBe(connection.total);
    expect(past.edges).toEqual([]);
    expect(past.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  test('the last page holds the remainder and the count', async () => {
    const last = await page(connection, `first: 5, after: "${encodeCursor(connection.total - 3)}"`);
    expect(last.totalCount).toBe(connection.total);
    expect(last.edges.map((edge) => edge.cursor)).toEqual([encodeCursor(connection.total - 2), encodeCursor(connection.total - 1)]);
  });
});

test('nested connections of many parents count each parent, on empty pages too', async () => {
  type Parents = { integratedCareSystems: { edges: { node: { odsCode: string; services: { totalCount: number } } }[] } };
  const counts = async (args: string) =>
    Object.fromEntries(
      (await api.query<Parents>(`{ integratedCareSystems(first: 50) { edges { node { odsCode services(${args}) { totalCount } } } } }`))
        .integratedCareSystems.edges.map(({ node }) => [node.odsCode, node.services.totalCount]),
    );
  const full = await counts('first: 500');
  expect(Object.values(full).filter((count) => count > 0)).toHaveLength(10);
  expect(await counts('first: 0')).toEqual(full);
  expect(await counts(`first: 5, after: "${encodeCursor(499)}"`)).toEqual(full);
});
