import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { openTestApi, type TestApi } from '../support/api.js';
import { createApp } from '../../src/app.js';
import { configFromEnv } from '../../src/config.js';
import { openDatabase } from '../../src/db/database.js';

// These tests are about HTTP itself, so they open a real port.
let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi();
  await new Promise<void>((resolve) => api.app.http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(api.app.http.address() as AddressInfo).port}`;
});
afterAll(() => api.close());

test.each([
  ['/healthz', 200, { status: 'ok' }],
  ['/readyz', 200, { status: 'ready' }],
  ['/nowhere', 404, { error: 'no resource at /nowhere' }],
])('GET %s answers %i', async (path, status, body) => {
  const response = await fetch(`${base}${path}`);
  expect(response.status).toBe(status);
  expect(await response.json()).toEqual(body);
});

test('POST /graphql answers a query', async () => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ integratedCareSystems(first: 1) { totalCount } }' }),
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { integratedCareSystems: { totalCount: 0 } } });
});

test('GET /graphql answers a saved query without preflight headers', async () => {
  const query = encodeURIComponent('{ pathwayStagesCount: __typename }');
  const response = await fetch(`${base}/graphql?query=${query}`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { pathwayStagesCount: 'Query' } });
});

test('a body over the size limit is refused with 413 before parsing', async () => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(1_100_000) }),
  });
  expect(response.status).toBe(413);
  expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBe('request body exceeds 1000000 bytes');
});

test('a body that is not JSON is refused with 400 naming the problem', async () => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{ not json',
  });
  expect(response.status).toBe(400);
  expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBe('request body is not valid JSON');
});

test('/readyz answers 503 while migrations are pending', async () => {
  const unmigrated = await openDatabase({ pgliteDir: 'memory://' }, { migrate: false });
  const app = await createApp({ ...configFromEnv({}), seedOnStart: false }, unmigrated);
  await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
  const response = await fetch(`http://127.0.0.1:${(app.http.address() as AddressInfo).port}/readyz`);
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: 'unavailable' });
  await app.stop();
});

test('an automatic persisted query is registered once, then fetched by hash over GET', async () => {
  const query = '{ integratedCareSystems(first: 1) { totalCount } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
  const unknown = await fetch(`${base}/graphql?extensions=${extensions}`);
  expect(((await unknown.json()) as { errors: { message: string }[] }).errors[0].message).toBe('PersistedQueryNotFound');
  const registered = await fetch(`${base}/graphql?query=${encodeURIComponent(query)}&extensions=${extensions}`);
  expect(registered.status).toBe(200);
  const byHash = await fetch(`${base}/graphql?extensions=${extensions}`);
  expect(await byHash.json()).toEqual({ data: { integratedCareSystems: { totalCount: 0 } } });
});
