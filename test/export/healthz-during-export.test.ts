import { get } from 'node:http';
import { driverOf } from '../../src/db/pool.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { FINDINGS_QUERY, type FindingsResult } from '../gap/support/findings-query.js';
import { listen, parseCsv } from './support.js';

let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo', config: { maxCost: 200_000 } });
  base = await listen(api);
});
afterAll(() => api.close());

// Every place-level finding of England over two years: a long export (a minute or more on PGlite, where the
// database runs in the server's own process). The bench times the all-years one (export.pglite.healthzMaxMs).
const EXPORT = { path: '/export/gap-findings.csv?level=PLACE&fromYear=2025&toYear=2026', filter: { level: 'PLACE', fromYear: 2025, toYear: 2026 } };
const EXPORT_TIMEOUT_MS = 900_000;
/**
 * Not a latency goal (the bench measures that): a liveness probe must not wait behind an export. On PGlite a probe
 * may wait for the one step running when it arrives: up to several seconds on the demo data on a loaded 2-core
 * machine (7 s seen), against the whole export (half a minute and more) before PGlite computed it in steps.
 */
const PROMPT_MS = 15_000;

/** One GET on a connection of its own, as a liveness probe makes it (no client-side header timeout); status, body and time. */
function download(path: string): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

test('/healthz answers promptly while a national multi-year place-level export runs, and the export is whole', async () => {
  let running = true;
  const exported = download(EXPORT.path).finally(() => {
    running = false;
  });
  const waits: number[] = [];
  while (running) {
    const probe = await download('/healthz');
    expect(probe.status).toBe(200);
    waits.push(probe.ms);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { status, text } = await exported;
  expect(status).toBe(200);
  // Probes answered while the export was still being computed: it took several rounds of them.
  expect(waits.length).toBeGreaterThanOrEqual(3);
  expect(Math.max(...waits)).toBeLessThan(PROMPT_MS);
  const { totalCount } = (await api.query<FindingsResult>(FINDINGS_QUERY, { filter: EXPORT.filter, first: 1 })).gapFindings;
  expect(totalCount).toBeGreaterThan(0);
  expect(parseCsv(text).length - 1).toBe(totalCount);
}, EXPORT_TIMEOUT_MS);

// PGlite computes the gap export in steps into a temporary table before its first row: a client that leaves
// meanwhile stops the steps, and the table is dropped. (PostgreSQL runs one statement and keeps no such table.)
test('a client that leaves before the first row stops an export computing in steps (PGlite)', async () => {
  if (driverOf(api.app.database) !== 'pglite') return;
  const stepTables = async () =>
    (await api.app.database.sql().rows<{ n: number }>(`select count(*)::int as n from pg_class where relname like 'gap_export_%'`))[0].n;
  const request = get(`${base}${EXPORT.path}`, { agent: false });
  request.on('error', () => {});
  const deadline = Date.now() + 60_000;
  while ((await stepTables()) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await stepTables()).toBe(1);
  request.destroy();
  const gone = Date.now() + 30_000;
  while ((await stepTables()) > 0 && Date.now() < gone) await new Promise((resolve) => setTimeout(resolve, 250));
  expect(await stepTables()).toBe(0);
}, EXPORT_TIMEOUT_MS);
