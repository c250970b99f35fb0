import { encodeCursor } from '../../src/graphql/connection.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { demoKeyworkerFindings } from '../gap/support/demo-keyworkers.js';

let api: TestApi;
const totals = new Map<string, number>();
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
  for (const { name, total, rows } of CONNECTIONS) {
    totals.set(name, total ?? Number((await api.app.database.sql().rows<{ count: string }>(rows!))[0].count));
  }
});
afterAll(() => api.close());

/**
 * Every connection, top-level or nested, as a query whose `CONNECTION` placeholder takes the page
 * arguments and `PAGE` the selection; `path` leads from `data` to the connection. The expected total is
 * the demo dataset's: a number, or the stored rows counted by SQL (`rows`), which the API must page through.
 */
const CONNECTIONS: { name: string; query: string; path: string[]; total?: number; rows?: string }[] = [
  // The ICSs of AS_OF_DATE (2026-11-29): the 36 of April 2026 (42 of 2022 − 12 abolished + 6 established).
  { name: 'integratedCareSystems', query: '{ c: integratedCareSystems(CONNECTION) PAGE }', path: ['c'], total: 36 },
  { name: 'integratedCareSystems of 2025', query: '{ c: integratedCareSystems(filter: { asAt: "2025-06-30" }, CONNECTION) PAGE }', path: ['c'], total: 42 },
  { name: 'integratedCareSystems by region', query: '{ c: integratedCareSystems(filter: { regionCode: "Y60" }, CONNECTION) PAGE }', path: ['c'], total: 11 },
  { name: 'localAuthorities', query: '{ c: localAuthorities(CONNECTION) PAGE }', path: ['c'], total: 40 },
  ...(
    [
      ['needs', `select count(*) from assessed_needs n join places p on p.la_code = n.la_code where p.ics_code = 'QWU'`],
      ['services', `select count(*) from commissioned_services where ics_code = 'QWU'`],
      ['housingPlan', `select count(*) from housing_plan_lines where ics_code = 'QWU'`],
      ['workforcePlan', `select count(*) from workforce_plan_lines where ics_code = 'QWU'`],
      ['financePlan', `select count(*) from finance_plan_lines where ics_code = 'QWU'`],
      ['metrics', `select count(*) from metric_values where ics_code = 'QWU'`],
    ] as const
  ).map(([field, rows]) => ({
    name: `integratedCareSystem(QWU).${field}`,
    query: `{ i: integratedCareSystem(code: "QWU") { c: ${field}(CONNECTION) PAGE } }`,
    path: ['i', 'c'],
    rows,
  })),
  {
    name: 'integratedCareSystem(QWU).needs of 2025',
    query: '{ i: integratedCareSystem(code: "QWU") { c: needs(filter: { year: 2025 }, CONNECTION) PAGE } }',
    path: ['i', 'c'],
    rows: `select count(*) from assessed_needs n join places p on p.la_code = n.la_code where p.ics_code = 'QWU' and n.year = 2025`,
  },
  {
    name: 'localAuthority(E08000026).needs',
    query: '{ l: localAuthority(onsCode: "E08000026") { c: needs(CONNECTION) PAGE } }',
    path: ['l', 'c'],
    rows: `select count(*) from assessed_needs where la_code = 'E08000026'`,
  },
  // QWU's findings over the demo's 7 years (2024–2030): SERVICES 7 cohorts × 3 categories × 6 stage-bases (the
  // five MEET_NEED stages by caseload, and prevention per year too) = 126, HOUSING 7 cohorts, FINANCE 5 stages × 7
  // cohorts = 35 and WORKFORCE 24 role × stage lines a year: 7 × 192 = 1,344; INPATIENTS 2 groups in each of the 3
  // years (2023–2025) with a census and a target: 6; PERSONAL_BUDGETS 3 adult cohorts × the 2 years with returns
  // (2024–2025): 6; DIAGNOSTIC_ASSESSMENT 2 cohorts with returns (18–25, 26–64) × AUTISM in each of the 3 years
  // (2023–2025) holding a quarterly return (March 2024 to March 2026): 6; 1,362 in all. E08000026's places in 2025:
  // 126 SERVICES + 7 HOUSING + 3 PERSONAL_BUDGETS (adult cohorts) + 2 DIAGNOSTIC_ASSESSMENT = 138 (places have no
  // WORKFORCE, FINANCE or INPATIENTS findings). KEYWORKERS adds one per year with a register giving keyworkers ×
  // cohort aged 0–25 on it, counted from the demo register file by the domain's rule.
  {
    name: 'gapFindings of QWU',
    query: '{ c: gapFindings(filter: { icsCode: "QWU" }, CONNECTION) PAGE }',
    path: ['c'],
    total: 1344 + 6 + 6 + 2 * 3 + demoKeyworkerFindings({ level: 'ICS', icsCode: 'QWU' }),
  },
  {
    name: 'gapFindings of E08000026 places',
    query: '{ c: gapFindings(filter: { laCode: "E08000026", year: 2025 }, CONNECTION) PAGE }',
    path: ['c'],
    total: 126 + 7 + 3 + 2 + demoKeyworkerFindings({ level: 'PLACE', laCode: 'E08000026', year: 2025 }),
  },
  // 10 ICSs × 7 (unit, basis, direction) groups: people to meet need as a caseload, as a year's number and without a
  // basis (PERSONAL_BUDGETS, KEYWORKERS), people under a ceiling (INPATIENTS), bed-spaces, WTE, GBP; and from 2026,
  // on each year's own boundaries, the three successors holding the demo's abolished ICSs' authorities (S9B9J,
  // S0E4D, Z9B2Z) × 5: their years have no census, register or returns, so no INPATIENTS or PERSONAL_BUDGETS-like
  // group. 70 + 15 = 85.
  { name: 'gapAnalytics by ics', query: '{ c: gapAnalytics(groupBy: [ics], CONNECTION) PAGE }', path: ['c'], total: 85 },
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

describe.each(CONNECTIONS)('$name', ({ total: _total, ...query }) => {
  const connection = { ...query, get total() { return totals.get(query.name)!; } };
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
      // The 42 of 2025: the demo's services name the ten ICSs of 2022.
      (await api.query<Parents>(`{ integratedCareSystems(filter: { asAt: "2025-06-30" }, first: 50) { edges { node { odsCode services(${args}) { totalCount } } } } }`))
        .integratedCareSystems.edges.map(({ node }) => [node.odsCode, node.services.totalCount]),
    );
  const full = await counts('first: 500');
  expect(Object.values(full).filter((count) => count > 0)).toHaveLength(10);
  expect(await counts('first: 0')).toEqual(full);
  expect(await counts(`first: 5, after: "${encodeCursor(499)}"`)).toEqual(full);
});
