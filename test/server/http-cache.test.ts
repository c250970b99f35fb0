import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { printSchema } from 'graphql';
import { importDataset } from '../../src/dataset/index.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { buildApiSchema } from '../../src/graphql/schema.js';
import { demoDatasetFolder } from '../support/datasets.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { readTestRun } from '../support/test-run.js';

// About HTTP caching itself, so over a real port.
async function listen(api: TestApi): Promise<string> {
  await new Promise<void>((resolve) => api.app.http.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(api.app.http.address() as AddressInfo).port}`;
}

let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
  base = await listen(api);
});
afterAll(() => api.close());

const ICS_COUNT = `${'/graphql?query='}${encodeURIComponent('{ integratedCareSystems { totalCount } }')}`;
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

async function dataVersion(): Promise<number> {
  const [{ version }] = await api.app.database.sql().rows<{ version: number }>('select version from data_version');
  return version;
}

test('a successful GET query answer is public for 60 s, with an ETag of the data version and the schema', async () => {
  const response = await get(ICS_COUNT);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { integratedCareSystems: { totalCount: 36 } } });
  expect(response.headers.get('cache-control')).toBe('public, max-age=60');
  const schemaTag = createHash('sha256').update(printSchema(await buildApiSchema())).digest('hex').slice(0, 12);
  expect(response.headers.get('etag')).toBe(`W/"d${await dataVersion()}-${schemaTag}"`);
});

test('a matching If-None-Match is answered 304 without executing the query', async () => {
  const etag = (await get(ICS_COUNT)).headers.get('etag')!;
  api.statements.length = 0;
  const response = await get(ICS_COUNT, { 'if-none-match': etag });
  expect(response.status).toBe(304);
  expect(await response.text()).toBe('');
  expect(response.headers.get('etag')).toBe(etag);
  expect(response.headers.get('cache-control')).toBe('public, max-age=60');
  // Only the data version was read: the ICS count was not run.
  expect(api.statements).toEqual([expect.stringContaining('from data_version')]);

  for (const header of [`"other", ${etag}`, etag.replace('W/', ''), '*']) {
    expect((await get(ICS_COUNT, { 'if-none-match': header })).status).toBe(304);
  }
  expect((await get(ICS_COUNT, { 'if-none-match': 'W/"d0-000000000000"' })).status).toBe(200);
});

test('an import changes the ETag at once, also when made through another connection', async () => {
  const before = (await get(ICS_COUNT)).headers.get('etag')!;
  const clientUrl = readTestRun().postgres ? api.app.database.orm.config.get('clientUrl') : undefined;
  // On PostgreSQL the import runs on a connection of its own, as another process's would; a PGlite folder
  // belongs to one process (src/db/pglite-lock.ts), so there it goes through the server's own database.
  const importer: Database = clientUrl ? await openDatabase({ databaseUrl: clientUrl }, { migrate: false }) : api.app.database;
  try {
    await importDataset(importer, demoDatasetFolder);
  } finally {
    if (importer !== api.app.database) await importer.close();
  }
  const response = await get(ICS_COUNT, { 'if-none-match': before });
  expect(response.status).toBe(200);
  expect(response.headers.get('etag')).not.toBe(before);
  expect(response.headers.get('etag')).toMatch(new RegExp(`^W/"d${await dataVersion()}-`));
});

test.each([
  ['an answer with errors', `/graphql?query=${encodeURIComponent('{ integratedCareSystem(code: "QWX") { name } }')}`, 200],
  ['an invalid query', `/graphql?query=${encodeURIComponent('{ integratedCareSystem { name } }')}`, 400],
])('%s is no-store, without an ETag', async (_case, path, status) => {
  const response = await get(path);
  expect(response.status).toBe(status);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('etag')).toBeNull();
});

test('POST answers are no-store, without an ETag, whatever If-None-Match says', async () => {
  const etag = (await get(ICS_COUNT)).headers.get('etag')!;
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'if-none-match': etag },
    body: JSON.stringify({ query: '{ integratedCareSystems { totalCount } }' }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('etag')).toBeNull();
});

test('HTTP_CACHE_MAX_AGE sets max-age', async () => {
  const other = await openTestApi({ dataset: 'empty', env: { HTTP_CACHE_MAX_AGE: '5' } });
  try {
    const response = await fetch(`${await listen(other)}${ICS_COUNT}`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=5');
  } finally {
    await other.close();
  }
});
