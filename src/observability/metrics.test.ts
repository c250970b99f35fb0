import { fileURLToPath } from 'node:url';
import { openTestApi, type TestApi } from '../../test/support/api.js';
import { listenOnLoopback, postGraphQL } from '../../test/support/http.js';
import { importDataset } from '../dataset/index.js';
import { exportStarted } from './metrics.js';

// GET /metrics on a real server: Prometheus text, with what the server saw.
let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi();
  base = await listenOnLoopback(api.app.http);
});
afterAll(() => api.close());

const scrape = async () => {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return response.text();
};
const value = (metrics: string, series: string) => {
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

test('requests are counted by route, GraphQL operation name and status', async () => {
  await postGraphQL(base, { query: 'query Systems { integratedCareSystems(first: 1) { totalCount } }' });
  await postGraphQL(base, { query: 'query Systems { integratedCareSystems(first: 1) { totalCount } }' });
  await postGraphQL(base, { query: '{ nope }' });
  await fetch(`${base}/nowhere`);
  // A request is counted when the server sees its response closed, which may be just after the client has it.
  let metrics = await scrape();
  for (let waited = 0; !metrics.includes('route="unmatched"') && waited < 2000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    metrics = await scrape();
  }
  expect(value(metrics, 'ics_http_requests_total{route="/graphql",operation="Systems",status="200"}')).toBe(2);
  expect(value(metrics, 'ics_http_requests_total{route="/graphql",operation="",status="400"}')).toBe(1);
  expect(value(metrics, 'ics_http_requests_total{route="unmatched",operation="",status="404"}')).toBe(1);
  expect(value(metrics, 'ics_http_request_duration_seconds_count{route="/graphql",operation="Systems"}')).toBe(2);
  expect(value(metrics, 'ics_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
  expect(metrics).toContain('process_resident_memory_bytes');
});

test('each refusal is counted under the limit that refused it', async () => {
  const deep = `{ integratedCareSystems { edges { node { ${'places { ics { '.repeat(5)}odsCode${' } }'.repeat(5)} } } } }`;
  await postGraphQL(base, { query: deep });
  await postGraphQL(base, { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: pathwayStages { code }`).join(' ')} }` });
  await postGraphQL(base, { query: `{ ${'__typename '.repeat(6000)}}` });
  await postGraphQL(base, { query: '{ integratedCareSystems(first: 500) { edges { node { needs(first: 500) { edges { node { people } } } } } } }' });
  await postGraphQL(base, { query: '{ integratedCareSystems(first: 501) { totalCount } }' });
  await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(1_100_000) });
  const metrics = await scrape();
  for (const limit of ['depth', 'aliases', 'tokens', 'cost', 'page_size', 'body_size']) {
    expect({ limit, count: value(metrics, `ics_requests_rejected_total{limit="${limit}"}`) }).toEqual({ limit, count: 1 });
  }
});

test('the connection pool is reported as the driver knows it', async () => {
  await postGraphQL(base, { query: '{ integratedCareSystems(first: 1) { totalCount } }' });
  const metrics = await scrape();
  if (process.env.DATABASE_URL) {
    expect(value(metrics, 'ics_db_pool_max')).toBe(10);
    expect(value(metrics, 'ics_db_pool_connections{state="in_use"}')).toBe(0);
    expect(value(metrics, 'ics_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(1);
    expect(value(metrics, 'ics_db_pool_connections{state="waiting"}')).toBe(0);
  } else {
    // PGlite: one in-process connection, no pool to speak of.
    expect(value(metrics, 'ics_db_pool_max')).toBe(1);
    expect(metrics).not.toContain('ics_db_pool_connections{');
  }
});

test('exports running and import durations come from the hooks the export and import call', async () => {
  const first = exportStarted();
  const second = exportStarted();
  expect(value(await scrape(), 'ics_exports_running')).toBe(2);
  first();
  first();
  second();
  expect(value(await scrape(), 'ics_exports_running')).toBe(0);

  await importDataset(api.app.database, fileURLToPath(new URL('../../test/fixtures/gap/severity-thresholds/', import.meta.url)));
  expect(value(await scrape(), 'ics_dataset_import_duration_seconds_count{outcome="imported"}')).toBe(1);
});
