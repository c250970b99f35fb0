import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { createApp, type App } from '../../src/app.js';
import { configFromEnv } from '../../src/config.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { listen } from '../export/support.js';
import { openTestDatabase } from '../support/database.js';

// About HTTP: the pages, their assets and what /graphql answers to whom, on a real port.
let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi();
  base = await listen(api);
});
afterAll(() => api.close());

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const builtManifest = () => JSON.parse(readFileSync(join(configFromEnv({}).webDir, 'manifest.json'), 'utf8')) as { files: { path: string; gzipBytes: number | null }[] };

test('/ redirects to the dashboard', async () => {
  const response = await fetch(`${base}/`, { redirect: 'manual' });
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe('/dashboard');
});

test('a browser asking /graphql for a page gets the IDE (not Apollo’s landing page), locked to this server', async () => {
  const response = await fetch(`${base}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  const html = await response.text();
  expect(html).toContain('<div id="graphiql">');
  expect(html).toMatch(/<script type="module" src="\/assets\/ide-[A-Z0-9]+\.js"><\/script>/);
  expect(html).not.toMatch(/https?:\/\//);
  expect(html).not.toMatch(/apollo/i);
});

test('GET /graphql?query= with a page Accept header opens the IDE; without one it answers the query', async () => {
  const query = encodeURIComponent('{ pathwayStages { code } }');
  const page = await fetch(`${base}/graphql?query=${query}`, { headers: { accept: BROWSER_ACCEPT } });
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  for (const accept of [undefined, '*/*', 'application/json', 'application/graphql-response+json, application/json;q=0.9', 'application/json, text/html']) {
    const response = await fetch(`${base}/graphql?query=${query}`, { headers: accept ? { accept } : {} });
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const body = (await response.json()) as { data: { pathwayStages: { code: string }[] } };
    expect(body.data.pathwayStages[0].code).toBe('PREVENTION_EARLY_INTERVENTION');
  }
});

test('the dashboard page loads only its own script and stylesheet', async () => {
  const response = await fetch(`${base}/dashboard`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-cache');
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  const html = await response.text();
  expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/dashboard-[A-Z0-9]+\.css">/);
  expect(html).toMatch(/<script type="module" src="\/assets\/dashboard-[A-Z0-9]+\.js"><\/script>/);
  expect(html).not.toMatch(/https?:\/\//);
});

test('assets are served as built, cached for good, gzip-compressed when the client accepts it', async () => {
  const script = builtManifest().files.find((file) => /^assets\/dashboard-.*\.js$/.test(file.path))!;
  const plain = await fetch(`${base}/${script.path}`, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.status).toBe(200);
  expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  const source = Buffer.from(await plain.arrayBuffer());
  // Node's fetch would decompress on its own: read the raw bytes through an explicit request instead.
  const raw = await import('node:http').then(
    ({ get }) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) =>
        get(`${base}/${script.path}`, { headers: { 'accept-encoding': 'gzip, deflate' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', reject),
      ),
  );
  expect(raw.encoding).toBe('gzip');
  expect(raw.body.length).toBe(script.gzipBytes);
  expect(gunzipSync(raw.body).equals(source)).toBe(true);
});

test.each([
  ['/assets/no-such-file.js', 404],
  ['/assets/..%2Fmanifest.json', 404],
  ['/assets/chunks/..%2F..%2Fmanifest.json', 404],
  ['/assets/%E0%A4%A', 404],
])('GET %s answers %i without leaving the assets folder', async (path, status) => {
  const response = await fetch(`${base}${path}`);
  expect(response.status).toBe(status);
  expect(await response.text()).toMatch(/^no asset at \/assets\//);
});

test('pages and assets are read-only', async () => {
  const response = await fetch(`${base}/dashboard`, { method: 'POST', body: '{}' });
  expect(response.status).toBe(405);
  expect(response.headers.get('allow')).toBe('GET, HEAD');
});

test('without a web build the server stays up and says how to build the pages (503)', async () => {
  const emptyDir = mkdtempSync(join(tmpdir(), 'ics-no-web-'));
  let app: App | undefined;
  try {
    app = await createApp({ ...configFromEnv({}), seedOnStart: false, webDir: emptyDir }, await openTestDatabase());
    await new Promise<void>((resolve) => app!.http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`;
    for (const [path, headers] of [['/dashboard', {}], ['/graphql', { accept: BROWSER_ACCEPT }], ['/assets/ide-ABC.js', {}]] as const) {
      const response = await fetch(`${url}${path}`, { headers });
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/^The web pages are not built \(dist\/web\/\S+ is missing\)\. Run `npm run build:web`/);
    }
    // GraphQL itself is unaffected.
    const graphql = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  } finally {
    await app?.stop();
    rmSync(emptyDir, { recursive: true, force: true });
  }
});
