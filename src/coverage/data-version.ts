import type { SqlRunner } from '../db/sql.js';

/** Which data the database holds, as the last import left it (table `data_version`, one row). */
export interface DataVersion {
  /** Incremented by every import, and by migrations applied to a database holding data; 0 before the first import. */
  version: number;
  /** When the last import ran; null before the first. */
  importedAt: Date | null;
  /** Financial years with JSNA need or plan lines (housing, workforce, finance), ascending. */
  years: number[];
}

// The years the gap engine can answer for: need, and the plans provision is read from.
const HELD_YEARS = `coalesce((select array_agg(year order by year) from (
    select year from assessed_needs union select year from housing_plan_lines
    union select year from workforce_plan_lines union select year from finance_plan_lines) held), '{}')`;

/**
 * Read on each request that needs it (one primary-key row), never kept across requests: an import by another
 * process (PostgreSQL) must be visible to the very next request.
 */
export async function readDataVersion(sql: SqlRunner): Promise<DataVersion> {
  const [row] = await sql.rows<DataVersion>(
    `select version, imported_at as "importedAt", years from data_version where id = 1`,
  );
  return { version: row.version, importedAt: row.importedAt ? new Date(row.importedAt) : null, years: row.years ?? [] };
}

/**
 * Marks an import: increments the version, stamps the time and records the years now held. Call it inside the
 * import's own transaction, after its rows are written, so a rolled-back import leaves the version unchanged.
 */
export async function recordImport(sql: SqlRunner): Promise<void> {
  await sql.rows(
    `update data_version set version = version + 1, imported_at = clock_timestamp(), years = ${HELD_YEARS} where id = 1`,
  );
}

/**
 * Marks migrations just applied: they may rewrite stored data (codes renamed, units read, rows moved), so what
 * GraphQL and the exports answer may change, and their ETags must. Increments the version of a database that holds
 * data (a fresh one stays at 0: nothing was answered before) and records the years held; the import time stays.
 * Runs after the migrator's own transactions: a crash in between leaves the version as it was.
 */
export async function recordMigrations(sql: SqlRunner): Promise<void> {
  await sql.rows(`update data_version set version = version + 1, years = ${HELD_YEARS} where id = 1 and version > 0`);
}

/**
 * Marks an edit of one record (a mutation): increments the version and records the years now held, in the
 * edit's own transaction, as an import does; the time of the last import stays as it was.
 */
export async function recordEdit(sql: SqlRunner): Promise<void> {
  await sql.rows(`update data_version set version = version + 1, years = ${HELD_YEARS} where id = 1`);
}
