import { createHash } from 'node:crypto';
import { datasetFiles } from '../dataset/files.js';
import { GAP_FINDING_COLUMNS } from '../gap/findings-export.js';
import { exportColumns } from './dataset-export.js';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * What an export's bytes are made of besides the data: each file's columns and query, and the gap findings'
 * columns. A release that changes any of them changes every tag, as a schema change does for GET /graphql.
 */
const FORMAT = digest(
  JSON.stringify([GAP_FINDING_COLUMNS, datasetFiles.map((spec) => [spec.file, exportColumns(spec), spec.export.sql])]),
);

/**
 * The entity tag of one export: the data version (every import, and every migration of a database holding data,
 * increments it) and the normalised request — the path and its parameters sorted by name, values trimmed, empty
 * ones dropped (as the export reads them) — plus `readingDate` for an export whose answer depends on the date it
 * is read on (gap findings, when AS_OF_DATE is not set, move to a new day at midnight). Weak: equal tags mean the
 * same content, not a promise of identical bytes for range requests.
 */
export function exportEtag(version: number, url: URL, readingDate: string | null): string {
  const params = [...url.searchParams]
    .map(([name, value]) => [name, value.trim()])
    .filter(([, value]) => value !== '')
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `W/"d${version}-${digest(JSON.stringify([FORMAT, url.pathname, params, readingDate]))}"`;
}
