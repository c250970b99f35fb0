import type { FieldParser } from './fields.js';
import type { KnownCodes } from './known.js';
import type { SqlRunner as Sql } from '../db/sql.js';
import type { Writer } from './writers.js';

type Columns = Record<string, FieldParser<unknown>>;

/** A validated CSV row: one value per column, as its parser returned it. */
export type RowOf<C extends Columns> = { [K in keyof C]: ReturnType<C[K]> };

/** A problem with one row, before the file and line are attached. */
export interface ColumnProblem {
  column: string;
  message: string;
}

/** A problem with a file's rows taken together (e.g. shares of one authority over 1): no one line is at fault. */
export interface FileProblem {
  column: string;
  message: string;
}

/**
 * How a dataset file is read back out of the database (GET /export/<file>.csv): one SELECT whose columns are
 * named exactly as the file's CSV columns, ordered by the natural key. Values come out as the importer reads
 * them: dates YYYY-MM-DD, decimals as exact text, booleans true/false, lists `;`-separated, no catchment
 * (null la_code) as an empty cell, a national target's scope as `England`.
 *
 * `$1` is an ICS's ODS code or null (all of England). `perIcs` false: the file is national, and `$1` is not used.
 */
export interface DatasetQuery {
  perIcs: boolean;
  sql: string;
}

/**
 * How one dataset file is read, written and exported. Columns are found by header name, in any order;
 * columns the spec does not name are ignored.
 */
export interface FileSpec<C extends Columns = Columns> {
  file: string;
  /** Header name → parser of the field. */
  columns: C;
  /** Columns a file may leave out altogether (read as empty). All others are required. */
  optionalColumns?: readonly NoInfer<keyof C & string>[];
  /** The natural key first, then any other unique keys: a repeat within the file is an issue. */
  keys: readonly (readonly NoInfer<keyof C & string>[])[];
  /**
   * Fills a value the row leaves blank from its other fields, before its keys are compared (e.g. a finance
   * line's expenditure type from its funding source), so a blank and the value it stands for are one key.
   * Fields that did not parse are undefined.
   */
  complete?: (row: RowOf<C>) => void;
  /** Checks across fields of a row whose fields all parsed (e.g. end date not before start date). */
  check?: (row: RowOf<C>, known: KnownCodes, line: number) => ColumnProblem[];
  /**
   * Records the codes this row defines, for later rows and files. Called when the natural key parsed,
   * even if another field is bad, so one bad row does not make every later reference unknown too.
   */
  remember?: (row: RowOf<C>, known: KnownCodes) => void;
  /**
   * Checks the file's valid rows together with what is stored, once the whole file is read (while the
   * import's transaction can still be queried): a rule no single row breaks, such as shares summing over 1.
   */
  checkFile?: (rows: RowOf<C>[], sql: Sql, known: KnownCodes) => Promise<FileProblem[]>;
  /** Writes a batch of valid rows and says what changed in which table. */
  write: Writer<RowOf<C>>;
  /** Reads the stored rows back as this file (the export), so what is written and what is read stay together. */
  export: DatasetQuery;
}

/**
 * Keeps each spec's row type checked against its own columns, then files it with the others.
 * (Columns come as their own argument so TypeScript infers the row type from them first.)
 */
export function defineFile<C extends Columns>(
  file: string,
  columns: C,
  behaviour: Omit<FileSpec<C>, 'file' | 'columns'>,
): FileSpec {
  return { file, columns, ...behaviour } as unknown as FileSpec;
}
