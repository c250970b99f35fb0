import autocannon from 'autocannon';
import { startChildServer, type ChildServer } from '../support/child-server.js';
import { childTestDatabase, type ChildDatabase } from '../support/database.js';

// Bounded load on loopback against the server as `npm start` runs it (own process, access log on), on the
// demo data: every request must succeed. The figures are printed, not asserted: this machine is shared.
const CONNECTIONS = 50;
const SECONDS = Number(process.env.LOAD_TEST_SECONDS ?? 20);

const OPERATIONS = {
  Systems: `query Systems { integratedCareSystems(first: 10) { totalCount edges { node { odsCode name region { name } } } } }`,
  IcsOverview: `query IcsOverview { integratedCareSystem(code: "QWU") {
    name places { laCode populationShare localAuthority { name } }
    needs(filter: { year: 2025 }, first: 10) { totalCount edges { node { laCode cohort needCategory people attributedPeople } } }
    services(filter: { year: 2025 }) { totalCount edges { node { serviceCode name capacityPeople } } } } }`,
  IcsGaps: `query IcsGaps { gapFindings(filter: { icsCode: "QWU", year: 2027, domain: SERVICES }, first: 10) {
    totalCount edges { node { cohort needCategory pathwayStage need provision gap severity } } } }`,
  IcsPathway: `query IcsPathway { integratedCareSystem(code: "QNQ") { pathway(year: 2026) { stages { pathwayStage need provision severity } breaks { pathwayStage } } } }`,
};

let database: ChildDatabase;
let server: ChildServer;

beforeAll(async () => {
  database = await childTestDatabase('demo');
  server = await startChildServer(database.env);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

test(`${CONNECTIONS} connections for ${SECONDS} s on a mix of list and ICS-level queries: no errors, no non-2xx`, async () => {
  for (const [name, query] of Object.entries(OPERATIONS)) {
    const response = await post(query);
    expect({ name, status: response.status, errors: ((await response.json()) as { errors?: unknown }).errors }).toEqual({ name, status: 200, errors: undefined });
  }

  const socketErrors = new Map<string, number>();
  const run = autocannon({
    url: server.baseUrl,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
    requests: Object.values(OPERATIONS).map((query) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })),
  });
  run.on('reqError', (error: Error) => socketErrors.set(error.message, (socketErrors.get(error.message) ?? 0) + 1));
  const result = await run;

  console.log(
    `load: ${CONNECTIONS} connections × ${SECONDS} s, ${result.requests.total} requests: ` +
      `${result.requests.average.toFixed(0)} requests/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
      `max ${result.latency.max} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  const unanswered = server.logLines().filter((line) => line.msg === 'request' && line.status !== 200);
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, socketErrors: Object.fromEntries(socketErrors), unanswered }).toEqual({
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    socketErrors: {},
    unanswered: [],
  });
  expect(result.requests.total).toBeGreaterThan(0);
  expect(server.alive()).toBe(true);

  // The metrics saw the same requests, by operation.
  const metrics = await (await fetch(`${server.baseUrl}/metrics`)).text();
  for (const name of Object.keys(OPERATIONS)) {
    expect(metrics).toMatch(new RegExp(`ics_http_requests_total\\{route="/graphql",operation="${name}",status="200"\\} [1-9]`));
  }
}, 180_000);

function post(query: string): Promise<Response> {
  return fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}
