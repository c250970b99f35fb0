import type { SqlRunner } from '../db/sql.js';
import type { Page } from '../graphql/connection.js';
import type { IntegratedCareSystemType } from './IntegratedCareSystem.type.js';
import { ICS_COLUMNS } from './organisation.loaders.js';

export interface IntegratedCareSystemFilterValues {
  regionCode?: string | null;
  nameContains?: string | null;
}

/** One page of ICSs in name order, with the number matching, in one statement. */
export async function listIntegratedCareSystems(
  sql: SqlRunner,
  filter: IntegratedCareSystemFilterValues,
  page: Page,
): Promise<{ rows: IntegratedCareSystemType[]; totalCount: number }> {
  const rows = await sql.rows<IntegratedCareSystemType & { total: number }>(
    `select ${ICS_COLUMNS}, (count(*) over ())::int as total
     from integrated_care_systems ics
     where ($1::text is null or ics.region_ods_code = upper($1)
            or ics.region_ods_code = (select ods_code from regions where ons_code = upper($1)))
       and ($2::text is null or strpos(lower(ics.name), lower($2)) > 0)
     order by ics.name
     offset $3 limit $4`,
    [filter.regionCode ?? null, filter.nameContains ?? null, page.offset, page.limit],
  );
  // The count travels on every row; a page past the end needs its own count.
  const totalCount = rows[0]?.total ?? (page.offset > 0 ? await countAll(sql, filter) : 0);
  return { rows, totalCount };
}

async function countAll(sql: SqlRunner, filter: IntegratedCareSystemFilterValues): Promise<number> {
  const [row] = await listIntegratedCareSystems(sql, filter, { offset: 0, limit: 1 }).then((r) => [r.totalCount]);
  return row;
}
