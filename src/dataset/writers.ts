import type { KnownCodes } from './known.js';
import type { SqlRunner as Sql } from '../db/sql.js';
import { servicePivots, tables, type ColumnType, type TableRecord, type TableShape, type ValueOf } from './tables.js';
import { syncPivot, upsert, type TableCount } from './upsert.js';

/** Writes a batch of valid rows of one file and says what changed in which table. */
export type Writer<R> = (rows: R[], sql: Sql, known: KnownCodes) => Promise<TableCount[]>;

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
  return async (rows, sql) => [await upsert(sql, shape, rows.map(toRecord))];
}

/** Runs writers one after the other on each batch, e.g. regions before the ICSs that refer to them. */
export function inOrder<R>(...writers: NoInfer<Writer<R>>[]): Writer<R> {
  return async (rows, sql, known) => {
    const counts: TableCount[] = [];
    for (const write of writers) counts.push(...(await write(rows, sql, known)));
    return counts;
  };
}

interface RegionFields {
  region_ods_code: string;
  region_name: string;
  region_ons_code: string | null;
}

interface MembershipFields {
  service_code: string;
  cohorts: string[];
  need_categories: string[];
}

/** Regions named by a batch of ICS rows, one record each (validation checks the rows agree on a region). */
export const writeRegions: Writer<RegionFields> = async (rows, sql) => {
  const regions = new Map(
    rows.map((row) => [
      row.region_ods_code,
      { ods_code: row.region_ods_code, ons_code: row.region_ons_code, name: row.region_name },
    ]),
  );
  return [await upsert(sql, tables.regions, [...regions.values()])];
};

/** The definitions of the metrics a batch of target rows names, as targets.csv defines them. */
export const writeMetrics: Writer<{ metric_code: string }> = async (rows, sql, known) => {
  const records = [...new Set(rows.map((row) => row.metric_code))].map((code) => {
    const definition = known.metricDefinitions.get(code)!;
    const { name, unit, direction, populationGroup } = definition;
    return { code, name, unit, direction, population_group_code: populationGroup };
  });
  return [await upsert(sql, tables.metrics, records)];
};

/** Makes each service's cohorts and need categories exactly those its row lists (after the services are written). */
export const writeServiceMemberships: Writer<MembershipFields> = async (rows, sql) => {
  const codes = rows.map((row) => row.service_code);
  const ids = await serviceIds(sql, codes);
  const owners = [...ids.values()];
  const cohorts = rows.flatMap((row) => row.cohorts.map((member) => ({ owner: ids.get(row.service_code)!, member })));
  const needCategories = rows.flatMap((row) =>
    row.need_categories.map((member) => ({ owner: ids.get(row.service_code)!, member })),
  );
  return [
    await syncPivot(sql, servicePivots.cohorts, owners, cohorts),
    await syncPivot(sql, servicePivots.needCategories, owners, needCategories),
  ];
};

async function serviceIds(sql: Sql, codes: string[]): Promise<Map<string, number>> {
  const rows = await sql.rows<{ id: number; service_code: string }>(
    'select id, service_code from commissioned_services where service_code = any($1::text[])',
    [codes],
  );
  return new Map(rows.map((row) => [row.service_code, row.id]));
}
