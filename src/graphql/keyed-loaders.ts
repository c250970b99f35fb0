import DataLoader from 'dataloader';
import type { SqlRunner } from '../db/sql.js';

/**
 * One row per key, e.g. a region by its code. `query` selects rows whose `key` column is in `$1`;
 * every key requested in one tick is fetched by a single statement.
 */
export function rowByKeyLoader<Row extends { key: string }>(query: string) {
  return (sql: SqlRunner) =>
    new DataLoader<string, Row | null>(async (keys) => {
      const rows = await sql.rows<Row>(query, [[...keys]]);
      const byKey = new Map(rows.map((row) => [row.key, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
}

/** Every row per key, e.g. the places of an ICS, in the order the query gives. */
export function rowsByKeyLoader<Row extends { key: string }>(query: string) {
  return (sql: SqlRunner) =>
    new DataLoader<string, Row[]>(async (keys) => {
      const rows = await sql.rows<Row>(query, [[...keys]]);
      const byKey = Map.groupBy(rows, (row) => row.key);
      return keys.map((key) => byKey.get(key) ?? []);
    });
}
