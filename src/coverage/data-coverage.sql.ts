import type { SqlRunner } from '../db/sql.js';
import type { DataCoverage } from './DataCoverage.type.js';

/**
 * The data version row and every ICS with or without data, in one statement. Each ICS costs a few index probes
 * (need by place, services, plan lines by ICS), whatever the size of the data.
 */
export async function dataCoverage(sql: SqlRunner): Promise<DataCoverage> {
  const [row] = await sql.rows<{ version: number; importedAt: Date | null; years: number[]; withData: string[]; withoutData: string[] }>(
    `select dv.version, dv.imported_at as "importedAt", dv.years,
       coalesce(array_agg(ics.ods_code order by ics.ods_code) filter (where ics.has_data), '{}') as "withData",
       coalesce(array_agg(ics.ods_code order by ics.ods_code) filter (where not ics.has_data), '{}') as "withoutData"
     from data_version dv
     left join lateral (
       select i.ods_code,
         exists (select 1 from places p join assessed_needs n on n.la_code = p.la_code where p.ics_code = i.ods_code)
         or exists (select 1 from commissioned_services s where s.ics_code = i.ods_code)
         or exists (select 1 from housing_plan_lines h where h.ics_code = i.ods_code)
         or exists (select 1 from workforce_plan_lines w where w.ics_code = i.ods_code)
         or exists (select 1 from finance_plan_lines f where f.ics_code = i.ods_code) as has_data
       from integrated_care_systems i
     ) ics on true
     where dv.id = 1
     group by dv.version, dv.imported_at, dv.years`,
  );
  const years = row.years ?? [];
  return {
    dataVersion: row.version,
    lastImportedAt: row.importedAt ? new Date(row.importedAt) : null,
    years,
    firstYear: years[0] ?? null,
    lastYear: years.at(-1) ?? null,
    icsCodesWithData: row.withData,
    icsWithDataCount: row.withData.length,
    icsCodesWithoutData: row.withoutData,
    icsWithoutDataCount: row.withoutData.length,
  };
}
