import type { IssueLog } from './issues.js';
import type { KnownCodes } from './known.js';
import { excerpt, quoted } from './excerpt.js';
import { readCsv, UnreadableCsv, type CsvRecord } from './parse.js';
import { addCounts, type FileReport } from './report.js';
import { KeyTracker, parseRow, readHeader, type Header, type HeaderLayout } from './rows.js';
import type { ColumnProblem } from './spec.js';
import type { FileSpec, RowOf } from './spec.js';
import type { SqlRunner as Sql } from '../db/sql.js';
import { describeRefusal, type RefusalLog } from './refusal.js';
import { firstRefusedRow, inSavepoint } from './refusedRow.js';

/** What every file of one import shares. */
export interface ImportContext {
  sql: Sql;
  known: KnownCodes;
  issues: IssueLog;
  batchSize: number;
  /** Where the details of a refusal the issue only references go (server-side). */
  log: RefusalLog;
  /** The dataset file that fills a table, for refusals of a missing reference. */
  fileOfTable: (table: string) => string | undefined;
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
  const validRows: Row[] = [];
  let header: Header | undefined;
  try {
    for await (const record of readCsv(path)) {
      if (!header) {
        header = readHeader(spec, record);
        for (const { column, message } of header.problems) issue(record.line, column, message);
        if (header.problems.length) return report;
        continue;
      }
      report.rowsRead += 1;
      if (record.fields.length !== header.names.length) {
        const { column, message } = wrongFieldCount(record.fields, header.names);
        issue(record.line, column, message);
        continue;
      }
      const row = validate(spec, header.layout, record, context.known, keys);
      if (row.problems.length) for (const { column, message } of row.problems) issue(record.line, column, message);
      else {
        if (spec.checkFile) validRows.push(row.row);
        await batch.add(row.row, record.line);
      }
    }
  } catch (error) {
    if (!(error instanceof UnreadableCsv)) throw error;
    const { column, message } = unreadableAt(error, header);
    issue(error.line, column, message);
    return report;
  }
  if (!header) issue(1, '', 'the file is empty; expected a header row');
  await batch.flush();
  if (spec.checkFile) {
    const problems = await spec.checkFile(validRows, context.sql, context.known);
    for (const { column, message } of problems) context.issues.add({ file: spec.file, column, message });
  }
  return report;
}

/** A record with fewer fields than the header lacks the next column's value; one with more has a value no column names. */
function wrongFieldCount(fields: string[], names: string[]): ColumnProblem {
  const counts = `has ${fields.length} fields; the header has ${names.length}`;
  const missing = names[fields.length];
  if (missing) return { column: excerpt(missing), message: `${counts} (no value for this column)` };
  if (fields.length < names.length)
    return { column: '', message: `${counts} (no value for field ${fields.length + 1})` };
  const extra = quoted(fields[names.length]);
  return {
    column: '',
    message: `${counts} (field ${names.length + 1}, ${extra}, has no column; quote a value holding a comma)`,
  };
}

/** Names the column of a CSV syntax or encoding error by its field's header name (the header's own field if in it). */
function unreadableAt(error: UnreadableCsv, header: Header | undefined): ColumnProblem {
  const name = error.field === undefined ? undefined : header?.names[error.field];
  if (name) return { column: excerpt(name), message: error.message };
  if (error.field === undefined) return { column: '', message: error.message };
  return { column: '', message: `${error.message} (field ${error.field + 1}${header ? '' : ' of the header'})` };
}

function validate(spec: FileSpec, layout: HeaderLayout, record: CsvRecord, known: KnownCodes, keys: KeyTracker) {
  const { row, problems } = parseRow(spec, layout, record, known);
  spec.complete?.(row);
  problems.push(...keys.check(row, problems, record.line, layout));
  if (KeyTracker.naturalKeyParsed(spec, problems)) spec.remember?.(row, known);
  if (!problems.length && spec.check) problems.push(...spec.check(row, known, record.line));
  return { row, problems };
}

/** Valid rows waiting to be written; written only while the import has no issues (it will be rolled back otherwise). */
class Batch {
  private rows: Row[] = [];
  private lines: number[] = [];

  constructor(
    private readonly spec: FileSpec,
    private readonly context: ImportContext,
    private readonly report: FileReport,
    private readonly issue: (line: number, column: string, message: string) => void,
  ) {}

  async add(row: Row, line: number): Promise<void> {
    if (!this.context.issues.empty) return;
    this.rows.push(row);
    this.lines.push(line);
    if (this.rows.length >= this.context.batchSize) await this.flush();
  }

  /**
   * Writes the rows in a savepoint. If the database refuses them, the row it refuses is found and the
   * refusal told in the file's terms; the transaction stays usable, so the rest of the dataset is still checked.
   */
  async flush(): Promise<void> {
    const [rows, lines] = [this.rows, this.lines];
    [this.rows, this.lines] = [[], []];
    if (!rows.length || !this.context.issues.empty) return;
    const { sql, known } = this.context;
    const write = (batch: Row[]) => this.spec.write(batch, sql, known);
    const written = await inSavepoint(sql, () => write(rows), { keep: true });
    if ('value' in written) {
      addCounts(this.report.tables, written.value);
      return;
    }
    const { index, refusal } = await firstRefusedRow(sql, rows, write, written.refusal);
    const at = { file: this.spec.file, line: lines[index], row: rows[index], sources: this.spec.write.sources ?? [] };
    const { column, message } = await describeRefusal(refusal, at, this.context);
    this.issue(lines[index], column, message);
  }
}
