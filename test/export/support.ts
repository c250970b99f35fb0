import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { openTestDatabase } from '../support/database.js';
import { fixturesRoot } from '../gap/support/fixtures.js';
import { removeDatasets, writeDataset } from '../dataset/support.js';

/** Opens the API's HTTP server on a free local port; the base URL to fetch from. */
export async function listen(api: TestApi): Promise<string> {
  await new Promise<void>((resolve) => api.app.http.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(api.app.http.address() as AddressInfo).port}`;
}

/** Records of a CSV text, header first, as the importer's parser reads them. */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: false }) as string[][];
}

/** The records of a CSV as objects keyed by header name. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index]])));
}

// Surrogate ids differ between databases, so rows are compared without them, and the service
// membership tables by service code instead of service id.
const CONTENTS: Record<string, string> = Object.fromEntries(
  [
    'regions', 'integrated_care_systems', 'ics_successions', 'local_authorities', 'places', 'population_estimates', 'assessed_needs',
    'commissioned_services', 'housing_plan_lines', 'workforce_roles', 'workforce_plan_lines', 'finance_plan_lines', 'unit_costs',
    'metrics', 'targets', 'metric_values', 'inpatient_census', 'dynamic_support_register', 'assessment_demand',
    'personal_budgets', 'workforce_training',
  ].map((table) => [table, `select (to_jsonb(t) - 'id')::text as row from ${table} t`]),
);
for (const [table, member] of [['commissioned_service_cohorts', 'cohort_code'], ['commissioned_service_need_categories', 'need_category_code']]) {
  CONTENTS[table] = `select jsonb_build_object('service_code', s.service_code, '${member}', m.${member})::text as row
    from ${table} m join commissioned_services s on s.id = m.service_id`;
}

/** Row count and checksum of every table a dataset import writes: equal results mean equal contents. */
export async function checksums(database: Database): Promise<Record<string, string>> {
  const statement = Object.entries(CONTENTS)
    .map(([table, rows]) => `select '${table}' as "table",
      count(*) || ' rows, md5 ' || md5(coalesce(string_agg(c.row, '|' order by c.row), '')) as checksum from (${rows}) c`)
    .join(' union all ');
  const rows = await database.sql().rows<{ table: string; checksum: string }>(statement);
  return Object.fromEntries(rows.map((row) => [row.table, row.checksum]));
}

/** A gap fixture imported into a served API, with an empty database beside it to import the exports into. */
export interface ExportFixture {
  api: TestApi;
  /** The file as imported, with CRLF line ends as exports write them. */
  imported(file: string): string;
  /** A file as `GET /export/<file><query>` answers it (status 200 asserted). */
  exported(file: string, query?: string): Promise<string>;
  /**
   * Exports the files one at a time (a few at once is the server's EXPORT_MAX_CONCURRENT, not these tests' subject)
   * and imports them into the empty database: the checksums of both, and the folder it imported.
   */
  roundTrip(files: readonly string[]): Promise<{ original: Record<string, string>; roundTripped: Record<string, string>; folder: string }>;
  copy(): Database;
}

/** Registers the hooks that open `test/fixtures/gap/<name>` on a listening API (and close it after the file's tests). */
export function openExportFixture(name: string): ExportFixture {
  const fixture = join(fixturesRoot, name);
  let api: TestApi;
  let base: string;
  let copy: Database;
  beforeAll(async () => {
    api = await openTestApi();
    await importDataset(api.app.database, fixture);
    base = await listen(api);
    copy = await openTestDatabase();
  });
  afterAll(async () => {
    await Promise.all([api.close(), copy.close()]);
    removeDatasets();
  });
  const exported = async (file: string, query = '') => {
    const response = await fetch(`${base}/export/${file}${query}`);
    expect([file, response.status]).toEqual([file, 200]);
    return response.text();
  };
  return {
    get api() {
      return api;
    },
    imported: (file) => readFileSync(join(fixture, file), 'utf8').replace(/\r?\n/g, '\r\n'),
    exported,
    async roundTrip(files) {
      const contents: Record<string, string> = {};
      for (const file of files) contents[file] = await exported(file);
      const folder = writeDataset(contents);
      await importDataset(copy, folder);
      return { original: await checksums(api.app.database), roundTripped: await checksums(copy), folder };
    },
    copy: () => copy,
  };
}
