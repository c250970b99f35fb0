import type { KnownCodes } from './known.js';
import type { SqlRunner as Sql } from '../db/sql.js';
import { servicePivots, tables, type ColumnType, type TableRecord, type TableShape, type ValueOf } from './tables.js';
import { syncPivot, upsert, type TableCount } from './upsert.js';

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

function withSources<R>(write: Writer<R>, sources: readonly TableSource[]): Writer<R> {
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
export const writeRegions: Writer<RegionFields> = withSources(
  async (rows, sql) => {
    const regions = new Map(
      rows.map((row) => [
        row.region_ods_code,
        { ods_code: row.region_ods_code, ons_code: row.region_ons_code, name: row.region_name },
      ]),
    );
    return [await upsert(sql, tables.regions, [...regions.values()])];
  },
  [
    {
      table: tables.regions.name,
      columns: { ods_code: 'region_ods_code', ons_code: 'region_ons_code', name: 'region_name' },
    },
  ],
);

/** The definitions of the metrics a batch of target rows names, as targets.csv defines them. */
export const writeMetrics: Writer<{ metric_code: string }> = withSources(
  async (rows, sql, known) => {
    const records = [...new Set(rows.map((row) => row.metric_code))].map((code) => {
      const definition = known.metricDefinitions.get(code)!;
      const { name, unit, direction, populationGroup } = definition;
      return { code, name, unit, direction, population_group_code: populationGroup };
    });
    return [await upsert(sql, tables.metrics, records)];
  },
  [
    {
      table: tables.metrics.name,
      columns: {
        code: 'metric_code',
        name: 'metric',
        unit: 'unit',
        direction: 'direction',
        population_group_code: 'cohort',
      },
    },
  ],
);

/** Makes each service's cohorts and need categories exactly those its row lists (after the services are written). */
export const writeServiceMemberships: Writer<MembershipFields> = withSources(
  async (rows, sql) => {
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
  },
  [
    { table: servicePivots.cohorts.name, columns: { service_id: 'service_code', cohort_code: 'cohorts' } },
    {
      table: servicePivots.needCategories.name,
      columns: { service_id: 'service_code', need_category_code: 'need_categories' },
    },
  ],
);

async function serviceIds(sql: Sql, codes: string[]): Promise<Map<string, number>> {
  const rows = await sql.rows<{ id: number; service_code: string }>(
    'select id, service_code from commissioned_services where service_code = any($1::text[])',
    [codes],
  );
  return new Map(rows.map((row) => [row.service_code, row.id]));
}
