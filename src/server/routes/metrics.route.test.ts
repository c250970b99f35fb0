import { openTestApi, type TestApi } from '../../../test/support/api.js';
import { listenOnLoopback } from '../../../test/support/http.js';

// With METRICS_TOKEN set, /metrics answers the scraper holding it and no one else.
let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi({ config: { metricsToken: 'scrape-7f3a' } });
  base = await listenOnLoopback(api.app.http);
});
afterAll(() => api.close());

test.each<[string, number, string | undefined]>([
  ['no token', 401, undefined],
  ['another token', 401, 'Bearer scrape-0000'],
  ['the token without the Bearer scheme', 401, 'scrape-7f3a'],
  ['the token', 200, 'Bearer scrape-7f3a'],
])('%s is answered %i', async (_name, status, authorization) => {
  const response = await fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });
  expect(response.status).toBe(status);
  const text = await response.text();
  if (status === 401) {
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(text).not.toContain('process_');
  } else expect(text).toContain('ics_http_requests_total');
});

test('the health checks stay open to the orchestrator', async () => {
  expect((await fetch(`${base}/healthz`)).status).toBe(200);
});
