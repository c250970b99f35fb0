import type { IncomingMessage, ServerResponse } from 'node:http';
import { dateOfReading } from '../config.js';
import { readDataVersion } from '../coverage/data-version.js';
import type { Database } from '../db/database.js';
import { gapFindingsExport } from '../gap/findings-export.js';
import { sendJson } from '../server/graphql-endpoint.js';
import { driverOf } from '../db/pool.js';
import { DATASET_FILES, datasetExport } from './dataset-export.js';
import { gapFindingsExportInSteps } from './gap-findings-in-steps.js';
import { ExportRequestError } from './errors.js';
import { exportEtag } from './export-etag.js';
import { scenarioStamp } from '../scenario/scenario-store.sql.js';
import type { ExportLimits } from './export-limits.js';
import { ExportSlots } from './export-slots.js';
import { ifNoneMatchHolds } from '../server/if-none-match.js';
import { sendDownload, type PreparedExport } from './stream-response.js';

export const EXPORT_PREFIX = '/export/';

/** Every export, as its path: the gap findings in two formats, then each dataset file. */
export const EXPORT_PATHS: readonly string[] = [
  'gap-findings.csv',
  'gap-findings.json',
  ...DATASET_FILES,
].map((name) => `${EXPORT_PREFIX}${name}`);

/**
 * The flat exports for BI tools under /export/. A request is answered either wholly with an error
 * (400/404/405/429 and a JSON `{ error }`, no partial file, `no-store`) or with a streamed file. Parameters are
 * checked before a slot is taken, so a bad request is a 400 even when every slot is busy.
 *
 * HTTP caching as GET /graphql has it: a file carries an ETag of the data version and the normalised request
 * (export-etag.ts) and may be kept `cacheMaxAgeSeconds` (HTTP_CACHE_MAX_AGE); a request whose If-None-Match holds
 * the current tag is answered 304 without running the export or taking a slot. The version is read before the
 * export's statement starts, so an import landing in between can only make the tag older than the rows, never
 * newer: the next request then sees a changed tag and gets the file again.
 */
export function exportRoute(database: Database, limits: ExportLimits, asOfDate: string | null = null, cacheMaxAgeSeconds = 0) {
  const slots = new ExportSlots(limits.maxConcurrent);
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const name = url.pathname.slice(EXPORT_PREFIX.length);
    // A client that leaves before the first row stops an export still computing in steps (PGlite).
    const gone = new AbortController();
    response.once('close', () => gone.abort());
    try {
      if (request.method !== 'GET') {
        throw new ExportRequestError(405, `${request.method} is not supported; exports are read with GET`, {}, { allow: 'GET' });
      }
      if (name === '') return sendJson(response, 200, { exports: EXPORT_PATHS });
      const prepared = prepare(name, url, asOfDate, driverOf(database) === 'pglite');
      const { version } = await readDataVersion(database.sql());
      const scenario = url.searchParams.get('scenario')?.trim() ? ` ${await scenarioStamp(database.sql())}` : '';
      const etag = exportEtag(version, url, name.startsWith('gap-findings.') ? `${dateOfReading(asOfDate)}${scenario}` : null);
      const caching = { etag, 'cache-control': `public, max-age=${cacheMaxAgeSeconds}` };
      if (ifNoneMatchHolds(request.headers['if-none-match'], etag)) {
        response.writeHead(304, caching);
        return void response.end();
      }
      const release = slots.take();
      if (!release) throw busy(limits);
      try {
        const file = await prepared(database, gone.signal);
        await sendDownload(response, file.download, file.chunks, limits, caching);
      } finally {
        release();
      }
    } catch (error) {
      if (gone.signal.aborted && !response.headersSent) return; // nobody is left to answer
      if (!(error instanceof ExportRequestError) || response.headersSent) throw error;
      for (const [header, value] of Object.entries({ 'cache-control': 'no-store', ...error.headers })) response.setHeader(header, value);
      sendJson(response, error.status, { error: error.message, ...error.details });
    }
  };
}

/**
 * The export at `name` with its parameters read; 404 when there is none, 400 for a bad parameter. On PGlite the gap
 * findings are computed in steps (gap-findings-in-steps.ts), so the server's one process keeps answering meanwhile;
 * with a scenario they are computed in its one rolled-back transaction.
 */
function prepare(name: string, url: URL, asOfDate: string | null, inSteps: boolean): PreparedExport {
  // A scenario's figures exist only inside the transaction replaying it, which is one statement's work anyway.
  const withScenario = Boolean(url.searchParams.get('scenario')?.trim());
  const gapExport = inSteps && !withScenario ? gapFindingsExportInSteps : gapFindingsExport;
  if (name === 'gap-findings.csv') return gapExport(url, 'csv', asOfDate);
  if (name === 'gap-findings.json') return gapExport(url, 'json', asOfDate);
  if (DATASET_FILES.includes(name)) return datasetExport(name, url);
  throw new ExportRequestError(404, `no export at ${url.pathname}`, { available: EXPORT_PATHS });
}

function busy({ maxConcurrent, retryAfterSeconds }: ExportLimits): ExportRequestError {
  return new ExportRequestError(
    429,
    `too many exports at once: ${maxConcurrent} are streaming, the most this server runs together ` +
      `(EXPORT_MAX_CONCURRENT); try again in ${retryAfterSeconds} s`,
    { limit: 'EXPORT_MAX_CONCURRENT', maxConcurrent, retryAfterSeconds },
    { 'retry-after': String(retryAfterSeconds) },
  );
}
