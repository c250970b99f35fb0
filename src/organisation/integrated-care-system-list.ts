import type { SqlRunner } from '../db/sql.js';
import type { Page } from '../graphql/connection.js';
import { countedPage } from '../graphql/counted-page.js';
import type { IntegratedCareSystemType } from './IntegratedCareSystem.type.js';
import { ICS_COLUMNS } from './organisation.loaders.js';
import { VALID_ON } from './validity.js';

export interface IntegratedCareSystemFilterValues {
  regionCode?: string | null;
  nameContains?: string | null;
  /** The day the ICSs exist on (YYYY-MM-DD). */
  asAt: string;
}

/** One page of the ICSs existing on `asAt`, in name order, with the number matching, in one statement. */
export function listIntegratedCareSystems(
  sql: SqlRunner,
  filter: IntegratedCareSystemFilterValues,
  page: Page,
): Promise<{ rows: IntegratedCareSystemType[]; totalCount: number }> {
  return countedPage<IntegratedCareSystemType>(
    sql,
    `select ${ICS_COLUMNS}
     from integrated_care_systems ics
     where ($1::text is null or ics.region_ods_code = upper($1)
            or ics.region_ods_code = (select ods_code from regions where ons_code = upper($1)))
       and ($2::text is null or strpos(lower(ics.name), lower($2)) > 0)
       and ${VALID_ON('ics', '$3::date')}`,
    'name, "odsCode"',
    [filter.regionCode ?? null, filter.nameContains ?? null, filter.asAt],
    page,
  );
}
