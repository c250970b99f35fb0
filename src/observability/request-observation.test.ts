import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { listenOnLoopback } from '../../test/support/http.js';
import { createLogger } from './logger.js';
import { metricsRegistry } from './metrics.js';
import { observeRequest } from './request-observation.js';
import { currentRequest } from './request-scope.js';

// A bare HTTP server whose handler is observed: the access log, the request id and the metrics it leaves.
const lines: Record<string, unknown>[] = [];
const logger = createLogger({ LOG_LEVEL: 'debug' }, new Writable({
  write(chunk, _encoding, done) {
    lines.push(JSON.parse(chunk.toString()));
    done();
  },
}));

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) =>
    observeRequest(request, response, async (scope) => {
      scope.route = request.url!.startsWith('/healthz') ? '/healthz' : '/graphql';
      scope.probe = scope.route === '/healthz';
      if (request.url === '/graphql?named') scope.operation = 'IcsOverview';
      // A query that outlasts its client: answered only once the client has gone.
      if (request.url === '/graphql?endless') await new Promise((resolve) => response.once('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 20));
      response.statusCode = request.url === '/graphql?querystring-marker' ? 400 : 200;
      // Anything deeper in the call chain sees the same request.
      response.end(JSON.stringify({ requestId: currentRequest()?.requestId }));
    }, logger),
  );
  base = await listenOnLoopback(server);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => (lines.length = 0));

// The line is written when the server sees the response closed, which may be just after the client has it.
const settle = async () => {
  for (let waited = 0; lines.length === 0 && waited < 2000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
};

test('one access-log line per request: request id, method, path, operation, status and duration', async () => {
  const response = await fetch(`${base}/graphql?named`, { method: 'POST', body: '{}' });
  const { requestId } = (await response.json()) as { requestId: string };
  await settle();
  expect(response.headers.get('x-request-id')).toBe(requestId);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 'info', msg: 'request', requestId, method: 'POST', path: '/graphql', operation: 'IcsOverview', status: 200, service: 'ics-needs-graph' });
  expect(lines[0].durationMs).toBeGreaterThanOrEqual(15);
  expect(lines[0]).not.toHaveProperty('completed');
});

test('the line carries the status sent, and the query string stays out of the log', async () => {
  // A marker no request id (hex) or other field can contain by chance.
  await fetch(`${base}/graphql?querystring-marker`);
  await settle();
  expect(lines[0]).toMatchObject({ path: '/graphql', status: 400 });
  expect(JSON.stringify(lines[0])).not.toContain('querystring-marker');
});

test('an incoming request id is honoured', async () => {
  const response = await fetch(`${base}/graphql`, { headers: { 'x-request-id': 'lb-7f3a9c' } });
  await settle();
  expect(response.headers.get('x-request-id')).toBe('lb-7f3a9c');
  expect(lines[0].requestId).toBe('lb-7f3a9c');
});

test('probes are logged at debug, so the info log is requests only', async () => {
  await fetch(`${base}/healthz`);
  await settle();
  expect(lines[0]).toMatchObject({ level: 'debug', path: '/healthz' });
});

test('a client that leaves before the answer is logged as 499, not completed', async () => {
  const controller = new AbortController();
  const leaving = fetch(`${base}/graphql?endless`, { signal: controller.signal }).catch(() => undefined);
  setTimeout(() => controller.abort(), 50);
  await leaving;
  await settle();
  expect(lines[0]).toMatchObject({ status: 499, completed: false });
});

test('each request is counted and timed by route, operation and status', async () => {
  await fetch(`${base}/graphql?named`);
  await settle();
  const metrics = await metricsRegistry.metrics();
  expect(metrics).toMatch(/ics_http_requests_total\{route="\/graphql",operation="IcsOverview",status="200"\} [1-9]/);
  expect(metrics).toMatch(/ics_http_request_duration_seconds_count\{route="\/graphql",operation="IcsOverview"\} [1-9]/);
});
