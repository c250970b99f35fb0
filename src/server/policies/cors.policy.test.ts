import { openTestApi, type TestApi } from '../../../test/support/api.js';
import { listenOnLoopback } from '../../../test/support/http.js';

// CORS_ORIGINS=https://dashboard.example.nhs.uk,https://ICP.example.org/ over real HTTP.
const ALLOWED = 'https://dashboard.example.nhs.uk';
let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi({ config: { corsOrigins: [ALLOWED, 'https://ICP.example.org/'] } });
  base = await listenOnLoopback(api.app.http);
});
afterAll(() => api.close());

const preflight = (origin: string, path = '/graphql') =>
  fetch(`${base}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

test('a preflight from an allowed origin answers 204 with the methods and headers it may use', async () => {
  const response = await preflight(ALLOWED);
  expect(response.status).toBe(204);
  expect(Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')))).toEqual({
    'access-control-allow-origin': ALLOWED,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, x-request-id, apollo-require-preflight, x-apollo-operation-name',
    'access-control-expose-headers': 'x-request-id, retry-after',
    'access-control-max-age': '600',
  });
  expect(response.headers.get('vary')).toBe('Origin');
});

test('origins match however the setting was written (case, trailing slash)', async () => {
  const response = await preflight('https://icp.example.org');
  expect(response.headers.get('access-control-allow-origin')).toBe('https://icp.example.org');
});

test('a preflight from any other origin gets no CORS header, so the browser blocks the call', async () => {
  const response = await preflight('https://evil.example.com');
  expect(response.status).toBe(204);
  expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
});

test('an allowed page reads GraphQL and export responses; another origin does not', async () => {
  const allowed = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: ALLOWED } });
  expect(allowed.status).toBe(200);
  expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  const exported = await fetch(`${base}/export/`, { headers: { origin: ALLOWED } });
  expect(exported.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  const other = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: 'https://evil.example.com' } });
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
});

test('an OPTIONS request that is not a preflight still reaches its route', async () => {
  const response = await fetch(`${base}/graphql`, { method: 'OPTIONS' });
  expect(response.status).toBe(405);
});

test('with CORS_ORIGINS=* any origin may read, and no credentials are ever allowed', async () => {
  const open = await openTestApi({ config: { corsOrigins: ['*'] } });
  const openBase = await listenOnLoopback(open.app.http);
  const response = await fetch(`${openBase}/healthz`, { headers: { origin: 'https://anywhere.example' } });
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  await open.close();
});
