import { startChildServer, type ChildServer } from '../support/child-server.js';
import { createThrowawayCluster, postgresBinaries, type ThrowawayCluster } from '../support/throwaway-postgres.js';

// The server runs as `npm start` does, in its own process, on a PostgreSQL cluster this test owns: the
// test stops the database under it, then starts it again.
const bin = postgresBinaries();
if (!bin && process.env.CI) throw new Error('CI must run the outage test: no PostgreSQL binaries under /usr/lib/postgresql/*/bin');
const maybe = bin ? describe : describe.skip;
if (!bin) console.warn('database outage test skipped: no PostgreSQL binaries under /usr/lib/postgresql/*/bin (it runs whenever CI is set)');

const READINESS_TIMEOUT_MS = 2000;
const QUERY = JSON.stringify({ query: 'query Systems { integratedCareSystems(first: 1) { totalCount } }' });

let cluster: ThrowawayCluster;
let server: ChildServer;

beforeAll(async () => {
  cluster = await createThrowawayCluster(bin!);
  cluster.start();
  server = await startChildServer({ DATABASE_URL: cluster.url, READINESS_TIMEOUT_MS: String(READINESS_TIMEOUT_MS) });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  cluster?.destroy();
});

const graphql = () =>
  fetch(`${server.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });

maybe('a database outage', () => {
  test('is answered 503 with Retry-After while it lasts, and the first request after it succeeds within 5 s', async () => {
    expect((await graphql()).status).toBe(200);

    cluster.stop();

    const during = await graphql();
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toBe('5');
    const body = (await during.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].message).toBe('The database is unavailable; retry in 5 seconds');
    expect(body.errors[0].extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', requestId: during.headers.get('x-request-id') });
    const text = JSON.stringify(body);
    for (const internal of ['ECONNREFUSED', '127.0.0.1', `:${new URL(cluster.url).port}`, 'terminat', 'postgres', 'stack']) {
      expect(text).not.toContain(internal);
    }

    const exported = await fetch(`${server.baseUrl}/export/gap-findings.csv`);
    expect(exported.status).toBe(503);
    expect(exported.headers.get('retry-after')).toBe('5');
    expect(await exported.json()).toEqual({
      error: 'The database is unavailable; retry in 5 seconds',
      requestId: exported.headers.get('x-request-id'),
    });

    const readyStarted = performance.now();
    const readiness = await fetch(`${server.baseUrl}/readyz`);
    expect(readiness.status).toBe(503);
    expect(performance.now() - readyStarted).toBeLessThan(READINESS_TIMEOUT_MS + 1000);
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    expect(server.alive()).toBe(true);

    // The cause is in the server's log, under the request id the caller was given.
    const logged = server.logLines().find((line) => line.requestId === during.headers.get('x-request-id') && line.code === 'DATABASE_UNAVAILABLE');
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toMatch(/ECONNREFUSED|terminat/);

    cluster.start();
    const back = performance.now();
    let recoveredMs: number | undefined;
    while (performance.now() - back < 10_000) {
      if ((await graphql()).status === 200) {
        recoveredMs = performance.now() - back;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log(`database outage: first success ${recoveredMs?.toFixed(0) ?? 'never'} ms after the database came back`);
    expect(recoveredMs).toBeLessThan(5000);
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);
    expect(server.alive()).toBe(true);
  }, 120_000);

  test('a database that stops answering (a hung host) leaves /readyz answering 503 in time, not hanging', async () => {
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);
    cluster.freeze();
    try {
      const started = performance.now();
      const readiness = await fetch(`${server.baseUrl}/readyz`);
      const elapsed = performance.now() - started;
      console.log(`frozen database: /readyz answered ${readiness.status} after ${elapsed.toFixed(0)} ms`);
      expect(readiness.status).toBe(503);
      expect(elapsed).toBeGreaterThanOrEqual(READINESS_TIMEOUT_MS - 50);
      expect(elapsed).toBeLessThan(READINESS_TIMEOUT_MS + 1000);
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      cluster.thaw();
    }
    const back = performance.now();
    while ((await fetch(`${server.baseUrl}/readyz`)).status !== 200 && performance.now() - back < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await graphql()).status).toBe(200);
  }, 60_000);
});
