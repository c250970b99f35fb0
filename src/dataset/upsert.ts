import type { SqlRunner as Sql } from '../db/sql.js';
import type { ColumnType, PivotShape, TableRecord, TableShape } from './tables.js';

/** What one file did to one table. Unchanged rows were already stored with the same values. */
export interface TableCount {
  table: string;
  inserted: number;
  updated: number;
  /** Rows removed: only membership rows a service no longer lists. */
  deleted: number;
  unchanged: number;
}

/**
 * Inserts or updates `records` by natural key in one set-based statement: each column travels as one
 * array parameter and `unnest` turns the arrays back into rows, so a batch of any size is one round
 * trip with a fixed statement text.
 */
export async function upsert<C extends Record<string, ColumnType>>(
  sql: Sql,
  shape: TableShape<C>,
  records: readonly TableRecord<C>[],
): Promise<TableCount> {
  const columns = Object.keys(shape.columns);
  const params = columns.map((column) => records.map((record) => record[column]));
  const changed = await sql.rows<{ inserted: boolean }>(upsertStatement(shape), params);
  const inserted = changed.filter((row) => row.inserted).length;
  const updated = changed.length - inserted;
  return { table: shape.name, inserted, updated, deleted: 0, unchanged: records.length - changed.length };
}

const statements = new WeakMap<object, string>();

function upsertStatement<C extends Record<string, ColumnType>>(shape: TableShape<C>): string {
  let statement = statements.get(shape);
  if (!statement) statements.set(shape, (statement = buildUpsert(shape)));
  return statement;
}

function buildUpsert<C extends Record<string, ColumnType>>(shape: TableShape<C>): string {
  const table = quote(shape.name);
  const columns = Object.keys(shape.columns);
  const updatable = columns.filter((column) => !shape.key.includes(column));
  const incoming = (column: string) =>
    shape.keepWhenNull?.includes(column)
      ? `coalesce(excluded.${quote(column)}, ${table}.${quote(column)})`
      : `excluded.${quote(column)}`;
  const arrays = columns.map((column, index) => `$${index + 1}::${shape.columns[column]}[]`);
  const onConflict = updatable.length
    ? `do update set ${updatable.map((column) => `${quote(column)} = ${incoming(column)}`).join(', ')}
       where (${updatable.map((column) => `${table}.${quote(column)}`).join(', ')})
         is distinct from (${updatable.map(incoming).join(', ')})`
    : 'do nothing';
  // `where … is distinct from` skips rows stored with the same values: a re-import writes nothing,
  // and `returning` lists only real changes; xmax = 0 marks a freshly inserted row version.
  return `insert into ${table} (${columns.map(quote).join(', ')})
    select * from unnest(${arrays.join(', ')})
    on conflict (${shape.key.map(quote).join(', ')}) ${onConflict}
    returning (xmax = 0) as inserted`;
}

/**
 * Makes a membership table hold exactly `pairs` for the owners in `owners`: members no longer listed
 * are deleted, new ones inserted, the rest left alone.
 */
export async function syncPivot(
  sql: Sql,
  pivot: PivotShape,
  owners: readonly number[],
  pairs: readonly { owner: number; member: string }[],
): Promise<TableCount> {
  const [table, owner, member] = [quote(pivot.name), quote(pivot.owner), quote(pivot.member)];
  const ownerIds = pairs.map((pair) => pair.owner);
  const members = pairs.map((pair) => pair.member);
  const removed = await sql.rows<{ owner: number }>(
    `delete from ${table} where ${owner} = any($1::int[])
       and (${owner}, ${member}) not in (select * from unnest($2::int[], $3::text[]))
     returning ${owner} as owner`,
    [owners, ownerIds, members],
  );
  const added = await sql.rows<{ owner: number }>(
    `insert into ${table} (${owner}, ${member}) select * from unnest($1::int[], $2::text[])
     on conflict do nothing returning ${owner} as owner`,
    [ownerIds, members],
  );
  return {
    table: pivot.name,
    inserted: added.length,
    updated: 0,
    deleted: removed.length,
    unchanged: pairs.length - added.length,
  };
}

/** Identifiers here come from the table shapes in code, never from a dataset. */
function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
