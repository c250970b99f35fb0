import type { Database } from '../db/database.js';
import { datasetFiles } from '../dataset/files.js';
import type { FileSpec } from '../dataset/spec.js';
import { csvChunks } from './csv-writer.js';
import { parameterError } from './errors.js';
import { DATASET_QUERIES } from './dataset-queries.js';
import { readParams, text } from './query-params.js';
import { primed, type PreparedExport } from './stream-response.js';

/** Every dataset file, in import order. */
export const DATASET_FILES: readonly string[] = datasetFiles.map((spec) => spec.file);

/**
 * A file's header: the importer's own column list (src/dataset/files.ts), required columns first and the
 * optional ones (region_ons_code, targets' metric) after them, as docs/dataset-format.md lists them.
 */
export function exportColumns(spec: FileSpec): string[] {
  const columns = Object.keys(spec.columns);
  const optional = (column: string) => spec.optionalColumns?.includes(column) ?? false;
  return [...columns.filter((column) => !optional(column)), ...columns.filter(optional)];
}

/**
 * GET /export/<file>.csv: one dataset file in the import format, optionally for one ICS (`icsCode`).
 * The parameters are read now (a bad one throws); the returned function computes the file.
 */
export function datasetExport(file: string, url: URL): PreparedExport {
  const spec = datasetFiles.find((candidate) => candidate.file === file)!;
  const query = DATASET_QUERIES[file];
  const { icsCode } = readParams(url.searchParams, { icsCode: text });
  if (icsCode !== undefined && !query.perIcs) {
    throw parameterError('icsCode', `${file} is national (the same for every ICS); leave icsCode out`);
  }
  const header = exportColumns(spec);
  return async (database) => {
    const ics = icsCode === undefined ? null : await odsCodeOf(database, icsCode);
    const rows = await primed(database.sql().stream<Record<string, unknown>>(query.sql, query.perIcs ? [ics] : []));
    const cells = async function* () {
      for await (const row of rows) yield header.map((column) => cell(file, row, column));
    };
    return { download: { contentType: 'text/csv; charset=utf-8', filename: file }, chunks: csvChunks(header, cells()) };
  };
}

function cell(file: string, row: Record<string, unknown>, column: string): unknown {
  // A query that lost a column is a bug here, never a reason to write a file the importer would reject.
  if (!(column in row)) throw new Error(`the export of ${file} has no column ${column}`);
  return row[column];
}

/** The ODS code of an ICS given by its ODS or ONS code (as GapFilter takes it); unknown is a 400. */
async function odsCodeOf(database: Database, code: string): Promise<string> {
  const wanted = code.toUpperCase();
  const [found] = await database
    .sql()
    .rows<{ ods_code: string }>('select ods_code from integrated_care_systems where ods_code = $1 or ons_code = $1', [wanted]);
  if (!found) throw parameterError('icsCode', `no ICS has the ODS or ONS code '${code}'`);
  return found.ods_code;
}
