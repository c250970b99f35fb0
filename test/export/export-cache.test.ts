import { importDataset } from '../../src/dataset/index.js';
import { applyMigrations } from '../../src/db/database.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { fixturesRoot } from '../gap/support/fixtures.js';
import { join } from 'node:path';
import { listen } from './support.js';

// HTTP caching of the exports, as GET /graphql has it: an ETag of the data version and the normalised request,
// 304 on a matching If-None-Match without running the export, a new tag after every import or migration.
let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi();
  await importDataset(api.app.database, join(fixturesRoot, 'workforce-training'));
  base = await listen(api);
});
afterAll(() => api.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
const TRAINING = '/export/workforce_training.csv';
const GAPS = '/export/gap-findings.json?year=2025';

async function dataVersion(): Promise<number> {
  const [{ version }] = await api.app.database.sql().rows<{ version: number }>('select version from data_version');
  return version;
}

test.each([TRAINING, GAPS])('%s carries an ETag of the data version, kept publicly for HTTP_CACHE_MAX_AGE', async (path) => {
  const response = await get(path);
  expect(response.status).toBe(200);
  await response.text();
  expect(response.headers.get('etag')).toMatch(new RegExp(`^W/"d${await dataVersion()}-[0-9a-f]{16}"$`));
  expect(response.headers.get('cache-control')).toBe('public, max-age=60');
});

test('a matching If-None-Match is a 304 with the same tag and no body, without running the export', async () => {
  const reading = api.statements.length;
  const first = await get(`${TRAINING}?icsCode=QWU`);
  await first.text();
  const etag = first.headers.get('etag')!;
  expect(api.statements.slice(reading).some((sql) => /from workforce_training/.test(sql))).toBe(true);
  for (const header of [etag, `"other", ${etag}`, etag.replace('W/', ''), '*']) {
    const before = api.statements.length;
    const response = await get(`${TRAINING}?icsCode=QWU`, { 'if-none-match': header });
    expect([header, response.status]).toEqual([header, 304]);
    expect(await response.text()).toBe('');
    expect(response.headers.get('etag')).toBe(etag);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    // Only the data version is read: the training rows are not.
    expect(api.statements.slice(before).filter((sql) => /from workforce_training/.test(sql))).toEqual([]);
  }
});

test('the tag names the request: path and parameters, in any order, empty ones ignored', async () => {
  const tag = async (path: string) => {
    const response = await get(path);
    await response.text();
    return response.headers.get('etag');
  };
  const qwu = await tag('/export/gap-findings.csv?icsCode=QWU&year=2025');
  expect(await tag('/export/gap-findings.csv?year=2025&icsCode=QWU&domain=')).toBe(qwu);
  expect(await tag('/export/gap-findings.csv?icsCode=QWU&year=2026')).not.toBe(qwu);
  expect(await tag('/export/gap-findings.json?icsCode=QWU&year=2025')).not.toBe(qwu);
  expect(await tag(`${TRAINING}?icsCode=QHL`)).not.toBe(await tag(`${TRAINING}?icsCode=QWU`));
});

test('errors are no-store, without an ETag', async () => {
  for (const [path, status] of [['/export/gap-findings.csv?year=abc', 400], ['/export/nothing.csv', 404]] as const) {
    const response = await get(path);
    await response.text();
    expect([path, response.status]).toEqual([path, status]);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  }
});

test('an import changes the tag: the old one gets the file again', async () => {
  const before = await get(TRAINING);
  const old = before.headers.get('etag')!;
  await before.text();
  await importDataset(api.app.database, join(fixturesRoot, 'workforce-training'));
  const response = await get(TRAINING, { 'if-none-match': old });
  expect(response.status).toBe(200);
  expect(await response.text()).toMatch(/^ics_code,organisation_type,year/);
  expect(response.headers.get('etag')).not.toBe(old);
  expect(response.headers.get('etag')).toMatch(new RegExp(`^W/"d${await dataVersion()}-`));
});

test('migrations applied to a database holding data change the tag; none pending changes nothing', async () => {
  const { database } = api.app;
  const current = await get(TRAINING);
  await current.text();
  const old = current.headers.get('etag')!;
  const version = await dataVersion();
  expect(await applyMigrations(database.orm, database.sql())).toEqual([]);
  expect(await dataVersion()).toBe(version);
  // The newest migration undone and applied again, as a release bringing it would apply it at start.
  const [undone] = await database.orm.migrator.down();
  expect(await applyMigrations(database.orm, database.sql())).toEqual([undone.name]);
  expect(await dataVersion()).toBe(version + 1);
  expect((await get(TRAINING, { 'if-none-match': old })).status).toBe(200);
});
