import { openTestApi, type TestApi } from '../../../test/support/api.js';
import { listenOnLoopback } from '../../../test/support/http.js';
import { TokenBuckets } from './rate-limit.policy.js';

const query = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers });

describe('RATE_LIMIT_PER_MINUTE=3 over real HTTP', () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await openTestApi({ config: { rateLimitPerMinute: 3 } });
    base = await listenOnLoopback(api.app.http);
  });
  afterAll(() => api.close());

  test('the fourth request in a minute answers 429 with Retry-After; probes and other routes stay open', async () => {
    // X-Forwarded-For is ignored without TRUST_PROXY: a client cannot pick a fresh key per request.
    for (let i = 0; i < 3; i++) expect((await query(base, { 'x-forwarded-for': `10.0.0.${i}` })).status).toBe(200);
    const refused = await query(base, { 'x-forwarded-for': '10.0.0.99' });
    expect(refused.status).toBe(429);
    // A token returns every 20 s; some of that has passed since the first request.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(10);
    expect(retryAfter).toBeLessThanOrEqual(20);
    expect(await refused.json()).toEqual({ error: `rate limit of 3 requests per minute exceeded; retry after ${retryAfter} s` });
    expect(refused.headers.get('x-request-id')).toBeTruthy();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('ics_requests_rejected_total{limit="rate_limit"} 1');
    expect((await fetch(`${base}/export/`)).status).toBe(429);
  });
});

describe('behind a trusted proxy (TRUST_PROXY=true)', () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await openTestApi({ config: { rateLimitPerMinute: 2, trustProxy: true } });
    base = await listenOnLoopback(api.app.http);
  });
  afterAll(() => api.close());

  test('each client is the address the proxy appended last, whatever the client wrote before it', async () => {
    const as = (client: string, spoofed = '6.6.6.6') => query(base, { 'x-forwarded-for': `${spoofed}, ${client}` });
    expect((await as('203.0.113.1', '1.1.1.1')).status).toBe(200);
    expect((await as('203.0.113.1', '2.2.2.2')).status).toBe(200);
    expect((await as('203.0.113.1', '3.3.3.3')).status).toBe(429);
    expect((await as('203.0.113.2')).status).toBe(200);
  });
});

test('off by default', async () => {
  const api = await openTestApi();
  const base = await listenOnLoopback(api.app.http);
  const statuses = await Promise.all(Array.from({ length: 30 }, () => query(base).then((response) => response.status)));
  expect(new Set(statuses)).toEqual(new Set([200]));
  await api.close();
});

test('a bucket holds a minute of requests and refills continuously', () => {
  const buckets = new TokenBuckets(60, 60_000);
  for (let i = 0; i < 60; i++) expect(buckets.take('a', 0)).toBe(0);
  expect(buckets.take('a', 0)).toBe(1000);
  expect(buckets.take('b', 0)).toBe(0);
  expect(buckets.take('a', 500)).toBe(500);
  expect(buckets.take('a', 1000)).toBe(0);
  expect(buckets.take('a', 1000)).toBe(1000);
  // After a quiet minute the client starts with a full allowance again.
  for (let i = 0; i < 60; i++) expect(buckets.take('a', 70_000)).toBe(0);
});
