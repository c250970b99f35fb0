import type { KnownCodes } from './known.js';
import type { SqlRunner as Sql } from '../db/sql.js';
import type { ColumnType, TableRecord, TableShape, ValueOf } from './tables.js';
import { upsert, type TableCount } from './upsert.js';

/** For one table a writer fills: the CSV column each table column's value comes from. */
export interface TableSource {
  table: string;
  columns: Readonly<Record<string, string>>;
}

/**
 * Writes a batch of valid rows of one file and says what changed in which table. `sources` lets a
 * refusal by the database (a constraint on a table column) be told in the file's own column and value.
 */
export interface Writer<R> {
  (rows: R[], sql: Sql, known: KnownCodes): Promise<TableCount[]>;
  sources?: readonly TableSource[];
}

export function withSources<R>(write: Writer<R>, sources: readonly TableSource[]): Writer<R> {
  return Object.assign(write, { sources });
}

/**
 * For each column of a table, the CSV column its value comes from. Only CSV columns whose parsed
 * type fits the table column are accepted, so a mix-up fails to compile.
 */
type SourceOf<C extends Record<string, ColumnType>, R> = {
  [K in keyof C]: { [F in keyof R]: R[F] extends ValueOf[C[K]] | null ? F : never }[keyof R];
};

/** Upserts a file's rows into one table, taking each table column from the named CSV column. */
export function into<C extends Record<string, ColumnType>, R>(
  shape: TableShape<C>,
  source: SourceOf<C, NoInfer<R>>,
): Writer<R> {
  const columns = Object.entries(source) as [string, keyof R][];
  const toRecord = (row: R) =>
    Object.fromEntries(columns.map(([column, from]) => [column, row[from]])) as unknown as TableRecord<C>;
  const write: Writer<R> = async (rows, sql) => [await upsert(sql, shape, rows.map(toRecord))];
  return withSources(write, [{ table: shape.name, columns: source as Record<string, string> }]);
}

/** Runs writers one after the other on each batch, e.g. regions before the ICSs that refer to them. */
export function inOrder<R>(...writers: NoInfer<Writer<R>>[]): Writer<R> {
  const write: Writer<R> = async (rows, sql, known) => {
    const counts: TableCount[] = [];
    for (const write of writers) counts.push(...(await write(rows, sql, known)));
    return counts;
  };
  return withSources(
    write,
    writers.flatMap((writer) => writer.sources ?? []),
  );
}
