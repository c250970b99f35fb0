import { GAP_FINDING_COLUMNS } from '../../src/gap/findings-export.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { FINDINGS_QUERY, type FindingsResult } from '../gap/support/findings-query.js';
import { csvObjects, listen, parseCsv } from './support.js';

let api: TestApi;
let base: string;
beforeAll(async () => {
  // Pages of 500 findings with every field cost more than the default limit.
  api = await openTestApi({ dataset: 'demo', config: { maxCost: 200_000 } });
  base = await listen(api);
});
afterAll(() => api.close());

const HEADER =
  'domain,level,ics_code,la_code,cohort,need_category,pathway_stage,role,year,year_label,' +
  'need,provision,gap,coverage,severity,unit,' +
  'basis,population_group,need_source,role_name,target_rate_per_million,actual_rate_per_million,' +
  'projected_waiting_list,months_to_standard,implied_wait_weeks,' +
  'explanation';

// A national export computes every finding and its explanation (~13 s on PGlite alone, more on a busy machine).
const NATIONAL_TIMEOUT_MS = 180_000;

const findings = (filter: Record<string, unknown>, first = 500, orderBy?: string) =>
  api.query<FindingsResult>(FINDINGS_QUERY, { filter, first, orderBy });

const exportOf = (format: 'csv' | 'json', params: Record<string, string> = {}) =>
  fetch(`${base}/export/gap-findings.${format}?${new URLSearchParams(params)}`);

test('the CSV has the documented header, one row per finding, and is sent as a download', async () => {
  const response = await exportOf('csv', { icsCode: 'QWU', year: '2025' });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toBe('attachment; filename="gap-findings.csv"');
  const text = await response.text();
  expect(text.split('\r\n')[0]).toBe(HEADER);
  expect(GAP_FINDING_COLUMNS.join(',')).toBe(HEADER);
  expect(text.endsWith('\r\n')).toBe(true);
  const records = parseCsv(text);
  expect(records.every((record) => record.length === GAP_FINDING_COLUMNS.length)).toBe(true);
  expect(records.length - 1).toBe((await findings({ icsCode: 'QWU', year: 2025 }, 1)).gapFindings.totalCount);
});

test.each([
  [{ year: '2025' }, { year: 2025 }], // all of England for one year
  [{ level: 'place', icsCode: 'QWU', year: '2026' }, { level: 'PLACE', icsCode: 'QWU', year: 2026 }],
  [{ icsCode: 'qwu', year: '' }, { icsCode: 'QWU' }], // an empty parameter is no condition
  [{ laCode: 'E06000010', minSeverity: 'critical' }, { laCode: 'E06000010', minSeverity: 'CRITICAL' }],
  [{ domain: 'FINANCE', fromYear: '2025', toYear: '2027', cohort: 'ADULTS' }, { domain: 'FINANCE', fromYear: 2025, toYear: 2027, cohort: 'ADULTS' }],
  [{ needCategory: 'AUTISM', pathwayStage: 'CRISIS_AND_INTENSIVE_SUPPORT', icsCode: 'E54000018' }, { needCategory: 'AUTISM', pathwayStage: 'CRISIS_AND_INTENSIVE_SUPPORT', icsCode: 'E54000018' }],
])('CSV rows for %j = gapFindings totalCount', async (params, filter) => {
  const rows = parseCsv(await (await exportOf('csv', params)).text()).length - 1;
  const { totalCount } = (await findings(filter, 1)).gapFindings;
  expect(totalCount).toBeGreaterThan(0);
  expect(rows).toBe(totalCount);
}, NATIONAL_TIMEOUT_MS);

test('the JSON export is an array of flat findings equal to the GraphQL ones, in the same order', async () => {
  const filter = { icsCode: 'QWU', fromYear: 2025, toYear: 2026 };
  const response = await exportOf('json', { icsCode: 'QWU', fromYear: '2025', toYear: '2026', orderBy: 'PATHWAY' });
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('content-disposition')).toBe('attachment; filename="gap-findings.json"');
  const exported = (await response.json()) as Record<string, unknown>[];
  const { edges, totalCount } = (await findings(filter, 500, 'PATHWAY')).gapFindings;
  expect(totalCount).toBeLessThanOrEqual(500);
  expect(exported).toHaveLength(totalCount);
  expect(exported.map((row) => Object.keys(row))).toEqual(exported.map(() => [...GAP_FINDING_COLUMNS]));
  expect(exported.map(normalise)).toEqual(edges.map(({ node }) => normalise(snakeCase(node))));
});

test('CSV cells hold the same values as the JSON, numbers as plain numbers and the explanation as JSON text', async () => {
  const params = { icsCode: 'QWU', year: '2025', orderBy: 'GAP' };
  const json = (await (await exportOf('json', params)).json()) as Record<string, unknown>[];
  const csv = csvObjects(await (await exportOf('csv', params)).text());
  expect(csv).toHaveLength(json.length);
  csv.forEach((row, index) => {
    const expected = json[index];
    for (const column of ['need', 'provision', 'gap', 'coverage', 'year']) {
      expect(row[column]).toBe(expected[column] === null ? '' : String(expected[column]));
    }
    expect(JSON.parse(row.explanation)).toEqual(expected.explanation);
  });
  // The smallest gap comes last in GAP order: a surplus, written as a negative number without a guard.
  const last = csv[csv.length - 1];
  expect(Number(last.gap)).toBeLessThan(0);
  expect(last.gap).toMatch(/^-\d/);
});

test('an empty result is a header alone, or an empty array', async () => {
  const none = { icsCode: 'QWU', year: '2099' };
  expect(await (await exportOf('csv', none)).text()).toBe(`${HEADER}\r\n`);
  expect(await (await exportOf('json', none)).json()).toEqual([]);
});

test.each([
  ['year=abc', 'query parameter "year": must be an integer (was "abc")'],
  ['fromYear=2025.5', 'query parameter "fromYear": must be an integer (was "2025.5")'],
  ['level=REGION', 'query parameter "level": unknown value "REGION"; allowed: ICS, PLACE'],
  ['orderBy=worst', 'query parameter "orderBy": unknown value "worst"; allowed: SEVERITY, GAP, COVERAGE, NEED, PATHWAY'],
  ['colour=red', expect.stringMatching(/^query parameter "colour": unknown parameter; allowed: icsCode, laCode, level, domain, year, /)],
  ['year=2025&year=2026', 'query parameter "year": given 2 times; give it once'],
  ['icsCode=XYZ', "query parameter \"icsCode\": no ICS has the ODS or ONS code 'XYZ'"],
  ['cohort=TEENAGERS', expect.stringMatching(/^query parameter "cohort": unknown cohort 'TEENAGERS'; known: EARLY_YEARS, /)],
  ['icsCode=QWU&laCode=E08000025', 'query parameter "laCode": E08000025 is not a place of ICS QWU'],
  ['level=PLACE&domain=FINANCE', 'query parameter "domain": FINANCE findings exist at ICS level only (level was PLACE)'],
  ['fromYear=2027&toYear=2025', 'query parameter "toYear": must not be before fromYear (2025 < 2027)'],
])('?%s is a 400 naming the parameter, with no partial file', async (query, message) => {
  for (const format of ['csv', 'json']) {
    const response = await fetch(`${base}/export/gap-findings.${format}?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(await response.json()).toEqual({ error: message });
  }
});

test('a client leaving mid-download releases the database (its cursor is closed)', async () => {
  const controller = new AbortController();
  // All of England for one year: far more than the first chunk read.
  const response = await fetch(`${base}/export/gap-findings.csv?year=2025`, { signal: controller.signal });
  const reader = response.body!.getReader();
  await reader.read();
  controller.abort();
  await expect(reader.read()).rejects.toThrow();
  // On PGlite a cursor left open would hold the only connection, and this query would never be answered.
  expect((await findings({ icsCode: 'QWU' }, 1)).gapFindings.totalCount).toBeGreaterThan(0);
}, NATIONAL_TIMEOUT_MS);

/** A GraphQL finding under the export's snake_case names. */
function snakeCase(node: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]));
}

/** Leaves out explanation fields a finding's domain does not have (null in GraphQL, absent in the JSON). */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([key, field]) => !(field === null && isExplanationField(key)));
  return Object.fromEntries(entries.map(([key, field]) => [key, normalise(field)]));
}

const isExplanationField = (key: string) =>
  [
    'placeShare', 'places', 'services', 'housingLines', 'workforceLines', 'workforceProvision', 'asOfDate', 'financeLines',
    'capitalLines', 'capitalTotalGbp', 'people', 'unitCostGbp', 'missingUnitCost',
    'target', 'census', 'groupPopulation', 'groupPopulationYear', 'inpatientBeds',
    'personalBudgets',
    'clearanceYears', 'assessmentPlaces', 'placesWithoutReturns',
    'dsrPeriodEnd', 'dsrLines', 'placesWithoutRegister', 'keyworkerServices', 'keyworkerCaseload', 'needSource', 'dsrRed', 'dsrAmber',
  ].includes(key);
