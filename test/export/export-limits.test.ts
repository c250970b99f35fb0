import { get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { configFromEnv, type ServerConfig } from '../../src/config.js';
import { driverOf, poolUse } from '../../src/db/pool.js';
import { DEFAULT_MAX_CONCURRENT, exportLimits, type ExportLimits } from '../../src/export/export-limits.js';
import { createHttpServer } from '../../src/server/http-server.js';
import { routes } from '../../src/server/routes/index.js';
import { openTestApi, type TestApi } from '../support/api.js';

// Exports over real HTTP against clients that stop reading: the limit on exports at once (429 beyond
// it), the connections GraphQL keeps meanwhile, and the stall timeout that frees a stalled export's slot.
let api: TestApi;
const servers: Server[] = [];
const readers: IncomingMessage[] = [];

// needs.csv is made far larger than the socket buffers between server and client (about 6 MB on
// loopback), so a client that stops reading really does hold its export open.
const NEEDS = '/export/needs.csv';
let needsBytes = 0;

beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
  await api.app.database.sql().rows(`update assessed_needs set source = source || ' ' || repeat('x', 1000)`);
});
afterEach(async () => {
  for (const reader of readers.splice(0)) reader.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});
afterAll(() => api.close());

/** Another HTTP server over the test's database and Apollo, with export limits of its own. */
async function serve(overrides: Partial<ServerConfig>): Promise<{ base: string; limits: ExportLimits }> {
  const config = { ...configFromEnv({}), seedOnStart: false, ...overrides };
  const { database, apollo } = api.app;
  const server = createHttpServer(routes({ database, apollo, config }), config);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    limits: exportLimits(config, driverOf(database)),
  };
}

/** A download whose client reads the headers and then nothing more. */
function stalledReader(url: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      response.pause();
      readers.push(response);
      resolve(response);
    }).on('error', reject);
  });
}

/** What open exports hold: pooled connections on PostgreSQL, held cursors on PGlite (whose one connection they never keep). */
async function held(): Promise<number> {
  const use = await poolUse(api.app.database);
  return use.driver === 'postgresql' ? use.inUse : use.heldCursors;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`still not so after ${timeoutMs} ms`);
    await sleep(25);
  }
  return performance.now();
}

const trivialQuery = (base: string) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ integratedCareSystems(first: 1) { totalCount } }' }),
    signal: AbortSignal.timeout(20_000),
  });

test('the whole needs.csv is far larger than the socket buffers', async () => {
  const { base } = await serve({});
  const response = await fetch(`${base}${NEEDS}`);
  expect(response.status).toBe(200);
  needsBytes = (await response.arrayBuffer()).byteLength;
  expect(needsBytes).toBeGreaterThan(25_000_000);
  expect(await held()).toBe(0);
});

test('stalled readers hold at most their share; GraphQL keeps answering; the next export is refused with 429', async () => {
  const { base, limits } = await serve({ exportStallTimeoutMs: 300_000 }); // nobody is cut off in this test
  const share = limits.maxConcurrent;
  const driver = driverOf(api.app.database);
  expect(share).toBe(DEFAULT_MAX_CONCURRENT[driver]);

  const stalled = await Promise.all(Array.from({ length: share }, () => stalledReader(`${base}${NEEDS}`)));
  expect(stalled.map((reader) => reader.statusCode)).toEqual(stalled.map(() => 200));
  await waitFor(async () => (await held()) === share, 10_000);
  await sleep(300);
  const use = await poolUse(api.app.database);
  if (use.driver === 'postgresql') {
    // One connection per stalled export, and no more; the rest of the pool is GraphQL's.
    expect(use).toEqual({ driver: 'postgresql', size: 10, inUse: share, waiting: 0 });
  } else {
    expect(use).toEqual({ driver: 'pglite', size: 1, heldCursors: share });
  }

  // More GraphQL requests at once than the connections exports leave, all answered promptly.
  const concurrent = driver === 'postgresql' ? 10 - share + 2 : 3;
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: concurrent }, () => trivialQuery(base)));
  const slowest = performance.now() - started;
  expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
  for (const answer of answers) expect(await answer.json()).toEqual({ data: { integratedCareSystems: { totalCount: 36 } } });
  expect(slowest).toBeLessThan(5_000);

  for (const path of [NEEDS, '/export/gap-findings.csv?icsCode=QWU&year=2025']) {
    const refused = await fetch(`${base}${path}`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(limits.retryAfterSeconds));
    expect(await refused.json()).toEqual({
      error:
        `too many exports at once: ${share} are streaming, the most this server runs together (EXPORT_MAX_CONCURRENT); ` +
        `try again in ${limits.retryAfterSeconds} s`,
      limit: 'EXPORT_MAX_CONCURRENT',
      maxConcurrent: share,
      retryAfterSeconds: limits.retryAfterSeconds,
    });
  }
  // A bad request is still told what is wrong with it, and the list of exports still answers.
  const bad = await fetch(`${base}/export/gap-findings.csv?year=abc`);
  expect([bad.status, await bad.json()]).toEqual([400, { error: 'query parameter "year": must be an integer (was "abc")' }]);
  expect((await fetch(`${base}/export/`)).status).toBe(200);
  expect(await held()).toBe(share);

  // Clients that leave give their exports' connections back at once.
  for (const reader of stalled) reader.destroy();
  await waitFor(async () => (await held()) === 0, 10_000);
  const again = await fetch(`${base}${NEEDS}`);
  expect(again.status).toBe(200);
  expect((await again.arrayBuffer()).byteLength).toBe(needsBytes);
});

test('a reader that stops reading is cut off after the stall timeout, its connection released, and the next export runs', async () => {
  const stallTimeoutMs = 3_000;
  const { base, limits } = await serve({ exportStallTimeoutMs: stallTimeoutMs, exportMaxConcurrent: 1 });
  expect(limits.maxConcurrent).toBe(1);

  const reader = await stalledReader(`${base}${NEEDS}`);
  // The stall timer cannot start before the headers: it starts once the socket buffers are full.
  const headersAt = performance.now();
  expect(reader.statusCode).toBe(200);
  expect(await held()).toBe(1);
  expect((await fetch(`${base}${NEEDS}`)).status).toBe(429); // the one slot is the stalled reader's
  expect(await held()).toBe(1);
  expect(performance.now() - headersAt).toBeLessThan(stallTimeoutMs); // so: not cut off before the timeout

  const releasedAt = await waitFor(async () => (await held()) === 0, stallTimeoutMs + 15_000);
  // (less a margin for a busy machine: this process may see the headers a little after the server sent them)
  expect(releasedAt - headersAt).toBeGreaterThanOrEqual(stallTimeoutMs - 500);
  const use = await poolUse(api.app.database);
  expect(use.driver === 'postgresql' ? [use.inUse, use.waiting] : [use.heldCursors]).toEqual(use.driver === 'postgresql' ? [0, 0] : [0]);

  // The server destroyed the socket: reading on gives what was buffered, then the download ends incomplete.
  let received = 0;
  reader.on('data', (chunk: Buffer) => (received += chunk.byteLength));
  await new Promise((resolve) => reader.once('close', resolve).resume());
  expect(reader.complete).toBe(false);
  expect(received).toBeLessThan(needsBytes);

  const next = await fetch(`${base}${NEEDS}`);
  expect(next.status).toBe(200);
  expect((await next.arrayBuffer()).byteLength).toBe(needsBytes);
  expect(await held()).toBe(0);
});
