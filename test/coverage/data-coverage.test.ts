import { fileURLToPath } from 'node:url';
import { DatasetRejected, importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';

// An empty database, then the coverage fixture (see test/fixtures/coverage/README.md): one ICS with need for
// 2024, 2026 and 2027, one with a place but no data, one with neither.
const fixture = fileURLToPath(new URL('../fixtures/coverage/', import.meta.url));
const badDataset = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));

const COVERAGE = `{ dataCoverage { dataVersion lastImportedAt years firstYear lastYear
  icsCodesWithData icsWithDataCount icsCodesWithoutData icsWithoutDataCount } }`;

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'empty' });
});
afterAll(() => api.close());

test('an empty database says it holds nothing, and gap queries say so in a warning', async () => {
  expect(await api.query(COVERAGE)).toEqual({
    dataCoverage: {
      dataVersion: 0, lastImportedAt: null, years: [], firstYear: null, lastYear: null,
      icsCodesWithData: [], icsWithDataCount: 0, icsCodesWithoutData: [], icsWithoutDataCount: 0,
    },
  });
  const result = await api.result('{ gapFindings(filter: { year: 2025 }) { totalCount } }');
  expect(result.extensions?.warnings).toEqual([
    { code: 'NO_DATA', message: 'gapFindings: the database holds no data yet; import a dataset (npm run import -- <folder>).' },
  ]);
});

test('an import increments the data version, stamps its time and records the years held', async () => {
  const before = Date.now();
  await importDataset(api.app.database, fixture);
  const { dataCoverage } = await api.query<{ dataCoverage: { lastImportedAt: string } & Record<string, unknown> }>(COVERAGE);
  expect(dataCoverage).toEqual({
    dataVersion: 1,
    lastImportedAt: expect.any(String),
    years: [2024, 2026, 2027],
    firstYear: 2024,
    lastYear: 2027,
    icsCodesWithData: ['QWU'],
    icsWithDataCount: 1,
    icsCodesWithoutData: ['QHL', 'QJ2'],
    icsWithoutDataCount: 2,
  });
  // The database's clock and ours may differ a little; the stamp is of this import, not of an earlier one.
  expect(Math.abs(Date.parse(dataCoverage.lastImportedAt) - before)).toBeLessThan(60_000);
});

test('a rejected import leaves the data version as it was; every accepted one increments it', async () => {
  const version = async () => (await api.query<{ dataCoverage: { dataVersion: number } }>('{ dataCoverage { dataVersion } }')).dataCoverage.dataVersion;
  const start = await version();
  await expect(importDataset(api.app.database, badDataset)).rejects.toBeInstanceOf(DatasetRejected);
  expect(await version()).toBe(start);
  // The same folder again changes no row, and is still an import.
  await importDataset(api.app.database, fixture);
  expect(await version()).toBe(start + 1);
});

describe('gap queries for years the data does not cover carry a warning', () => {
  const COVERS = 'the data covers 2024/25, 2026/27, 2027/28';
  test.each([
    ['gapFindings, one year', '{ gapFindings(filter: { icsCode: "QWU", year: 2025 }) { totalCount } }', [`gapFindings: no data is held for 2025/26; ${COVERS}.`]],
    ['gapFindings, a year held', '{ gapFindings(filter: { icsCode: "QWU", year: 2026 }) { totalCount } }', []],
    ['gapFindings, all years', '{ gapFindings(filter: { icsCode: "QWU" }) { totalCount } }', []],
    [
      'gapAnalytics, a range',
      '{ gapAnalytics(groupBy: [year], filter: { fromYear: 2020, toYear: 2026 }) { totalCount } }',
      [`gapAnalytics: no data is held for 2020/21 to 2023/24, 2025/26; ${COVERS}.`],
    ],
    [
      'gapAnalytics, open-ended after the data',
      '{ gapAnalytics(groupBy: [], filter: { fromYear: 2031 }) { totalCount } }',
      [`gapAnalytics: no data is held for 2031/32; ${COVERS}.`],
    ],
    ['pathway', '{ integratedCareSystem(code: "QWU") { pathway(year: 2030) { year } } }', [`pathway: no data is held for 2030/31; ${COVERS}.`]],
    ['place pathway', '{ integratedCareSystem(code: "QWU") { places { pathway(year: 2019) { year } } } }', [`pathway: no data is held for 2019/20; ${COVERS}.`]],
    [
      'cohortProjection',
      '{ integratedCareSystem(code: "QWU") { cohortProjection(fromYear: 2026, toYear: 2029) { year } } }',
      [`cohortProjection: no data is held for 2028/29 to 2029/30; ${COVERS}.`],
    ],
    ['metricStatus', '{ integratedCareSystem(code: "QWU") { metricStatus(year: 2023) { met } } }', [`metricStatus: no data is held for 2023/24; ${COVERS}.`]],
    [
      'the same field on every ICS warns once',
      '{ integratedCareSystems { edges { node { pathway(year: 2035) { year } } } } }',
      [`pathway: no data is held for 2035/36; ${COVERS}.`],
    ],
  ])('%s', async (_case, query, messages) => {
    const result = await api.result(query);
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeDefined();
    const warnings = (result.extensions?.warnings ?? []) as { code: string; message: string }[];
    expect(warnings).toEqual(messages.map((message) => ({ code: 'YEAR_OUTSIDE_DATA', message })));
  });
});
