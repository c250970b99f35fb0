import type { IssueLog } from './issues.js';
import type { KnownCodes } from './known.js';
import { CsvSyntaxError, readCsv, type CsvRecord } from './parse.js';
import { addCounts, type FileReport } from './report.js';
import { KeyTracker, parseRow, readHeader, type HeaderLayout } from './rows.js';
import type { FileSpec, RowOf } from './spec.js';
import type { SqlRunner as Sql } from '../db/sql.js';

/** What every file of one import shares. */
export interface ImportContext {
  sql: Sql;
  known: KnownCodes;
  issues: IssueLog;
  batchSize: number;
}

type Row = RowOf<FileSpec['columns']>;

/**
 * Streams one file: validates each record and, while the whole import is still free of issues,
 * writes valid rows in batches (in the import's transaction, which is rolled back if any issue turns up).
 */
export async function importFile(spec: FileSpec, path: string, context: ImportContext): Promise<FileReport> {
  const report: FileReport = { file: spec.file, rowsRead: 0, tables: [] };
  const issue = (line: number, column: string, message: string) =>
    context.issues.add({ file: spec.file, line, column, message });
  const batch = new Batch(spec, context, report, issue);
  const keys = new KeyTracker(spec.keys);
  let layout: HeaderLayout | undefined;
  let headerFields = 0;
  try {
    for await (const record of readCsv(path)) {
      if (!layout) {
        const header = readHeader(spec, record);
        for (const { column, message } of header.missing) issue(record.line, column, message);
        if (header.missing.length) return report;
        [layout, headerFields] = [header.layout, record.fields.length];
        continue;
      }
      report.rowsRead += 1;
      if (record.fields.length !== headerFields) {
        issue(record.line, '', `has ${record.fields.length} fields; the header has ${headerFields}`);
        continue;
      }
      const row = validate(spec, layout, record, context.known, keys);
      if (row.problems.length) for (const { column, message } of row.problems) issue(record.line, column, message);
      else await batch.add(row.row, record.line);
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    issue(error.line, '', error.message);
    return report;
  }
  if (!layout) issue(1, '', 'the file is empty; expected a header row');
  await batch.flush();
  return report;
}

function validate(spec: FileSpec, layout: HeaderLayout, record: CsvRecord, known: KnownCodes, keys: KeyTracker) {
  const { row, problems } = parseRow(spec, layout, record, known);
  problems.push(...keys.check(row, problems, record.line));
  if (KeyTracker.naturalKeyParsed(spec, problems)) spec.remember?.(row, known);
  if (!problems.length && spec.check) problems.push(...spec.check(row, known, record.line));
  return { row, problems };
}

/** Valid rows waiting to be written; written only while the import has no issues (it will be rolled back otherwise). */
class Batch {
  private rows: Row[] = [];
  private firstLine = 0;
  private lastLine = 0;

  constructor(
    private readonly spec: FileSpec,
    private readonly context: ImportContext,
    private readonly report: FileReport,
    private readonly issue: (line: number, column: string, message: string) => void,
  ) {}

  async add(row: Row, line: number): Promise<void> {
    if (!this.context.issues.empty) return;
    if (!this.rows.length) this.firstLine = line;
    this.rows.push(row);
    this.lastLine = line;
    if (this.rows.length >= this.context.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    const rows = this.rows;
    this.rows = [];
    if (!rows.length || !this.context.issues.empty) return;
    try {
      addCounts(this.report.tables, await this.spec.write(rows, this.context.sql, this.context.known));
    } catch (error) {
      if (!isDataError(error)) throw error;
      const lines =
        this.firstLine === this.lastLine ? `line ${this.firstLine}` : `lines ${this.firstLine}–${this.lastLine}`;
      this.issue(this.firstLine, '', `the database refused the rows on ${lines}: ${(error as Error).message}`);
    }
  }
}

// SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation) are about the data;
// anything else (a lost connection, a bug) is not the dataset's fault and is rethrown.
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^2[23]/.test(code);
}
