import { get } from 'node:http';
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

// The national all-years export computes every place-level finding of every year: minutes on PGlite.
const EXPORT_TIMEOUT_MS = 900_000;
/** Not a latency goal (the bench measures that): a liveness probe must not wait behind an export. */
const PROMPT_MS = 5_000;

/** One GET on a connection of its own, as a liveness probe makes it; the time to the whole answer. */
function timed(path: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { agent: false }, (response) => {
      expect(response.statusCode).toBe(200);
      response.resume().on('end', () => resolve(performance.now() - started)).on('error', reject);
    }).on('error', reject);
  });
}

test('/healthz answers promptly while the national all-years place-level export runs, and the export is whole', async () => {
  let running = true;
  const exported = fetch(`${base}/export/gap-findings.csv?level=PLACE`)
    .then(async (response) => ({ status: response.status, text: await response.text() }))
    .finally(() => {
      running = false;
    });
  const waits: number[] = [];
  while (running) {
    waits.push(await timed('/healthz'));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { status, text } = await exported;
  expect(status).toBe(200);
  // Polls answered while the export was still being computed: it took several poll rounds.
  expect(waits.length).toBeGreaterThanOrEqual(3);
  expect(Math.max(...waits)).toBeLessThan(PROMPT_MS);
  const { totalCount } = (await api.query<FindingsResult>(FINDINGS_QUERY, { filter: { level: 'PLACE' }, first: 1 })).gapFindings;
  expect(totalCount).toBeGreaterThan(0);
  expect(parseCsv(text).length - 1).toBe(totalCount);
}, EXPORT_TIMEOUT_MS);
