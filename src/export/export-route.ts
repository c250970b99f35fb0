import type { Database } from '../db/database.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../server/graphql-endpoint.js';
import { DATASET_FILES, exportDatasetFile } from './dataset-export.js';
import { ExportRequestError } from './errors.js';
import { exportGapFindings } from '../gap/findings-export.js';

export const EXPORT_PREFIX = '/export/';

/** Every export, as its path: the gap findings in two formats, then each dataset file. */
export const EXPORT_PATHS: readonly string[] = [
  'gap-findings.csv',
  'gap-findings.json',
  ...DATASET_FILES,
].map((name) => `${EXPORT_PREFIX}${name}`);

/**
 * The flat exports for BI tools under /export/. A request is answered either wholly with an error
 * (400/404/405 and a JSON `{ error }`, no partial file) or with a streamed file.
 */
export function exportRoute(database: Database) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const name = url.pathname.slice(EXPORT_PREFIX.length);
    try {
      if (request.method !== 'GET') {
        response.setHeader('allow', 'GET');
        throw new ExportRequestError(405, `${request.method} is not supported; exports are read with GET`);
      }
      if (name === '') return sendJson(response, 200, { exports: EXPORT_PATHS });
      if (name === 'gap-findings.csv') return await exportGapFindings(database, url, response, 'csv');
      if (name === 'gap-findings.json') return await exportGapFindings(database, url, response, 'json');
      if (DATASET_FILES.includes(name)) return await exportDatasetFile(database, name, url, response);
      throw new ExportRequestError(404, `no export at ${url.pathname}`, { available: EXPORT_PATHS });
    } catch (error) {
      if (!(error instanceof ExportRequestError) || response.headersSent) throw error;
      sendJson(response, error.status, { error: error.message, ...error.details });
    }
  };
}
