import { CHECK_COLUMNS, checksCte } from './code-checks.js';
import { serviceCellCtes } from './domains/services.js';
import { scopeSql } from './scope.sql.js';
import { SqlParams } from '../db/sql-params.js';

export interface CohortProjectionArgs {
  fromYear: number;
  toYear: number;
  needCategory: string | null;
  pathwayStage: string | null;
  /** The day whose boundaries every year is counted on; null: each year on its own 1 April's. */
  boundariesAsAt: string | null;
}

/**
 * One statement for the projections of many ICSs. For each year Y after `fromYear` up to `toYear`, each
 * cohort with a younger neighbour (the band ending at its min_age − 1) and each stage: ageing in =
 * younger cohort's need in Y−1 ÷ single years in its band (the band's oldest single year of age, with need
 * spread evenly over its years: no single-year data is held); growth = provision in Y − provision in Y−1.
 * The bands are data, so people cross at every band boundary: at 18 from CHILDREN_14_17 (4 years) into
 * YOUNG_ADULTS_18_25, and at 26 from YOUNG_ADULTS_18_25 (8 years) into ADULTS.
 * People age, so only CASELOAD cells (people supported at one time) are projected, never a number a year.
 */
export function cohortProjectionStatement(icsCodes: string[], args: CohortProjectionArgs): { text: string; params: unknown[] } {
  const params = new SqlParams();
  const checks = checksCte(params, {
    icsCode: null, laCode: null, cohort: null, needCategory: args.needCategory, pathwayStage: args.pathwayStage,
  });
  const scope = scopeSql(params, { icsCodes, laCode: null, fromYear: args.fromYear, toYear: args.toYear, pathwayStage: args.pathwayStage,
    boundariesAsAt: args.boundariesAsAt,
  });
  const category = params.add(args.needCategory, 'text');
  const firstYear = params.add(args.fromYear + 1, 'int');
  const lastYear = params.add(args.toYear, 'int');
  const text = `with ${[
    checks,
    ...scope.ctes,
    ...serviceCellCtes(scope),
    `ics_cells as (
      select ics_code, cohort_code, pathway_stage_code, year, sum(need) as need, sum(provision) as provision
      from svc_place_cells
      where (${category} is null or need_category_code = ${category}) and basis = 'CASELOAD'
      group by ics_code, cohort_code, pathway_stage_code, year)`,
    // An open-ended band (65+) has no next band: nobody ages out of it here.
    `grid as (
      select i.ics_code, c.code as cohort_code, c.sort_order as cohort_order, y.code as from_cohort,
             y.counted_max_age - y.min_age + 1 as band_years, ps.code as pathway_stage_code, ps.sort_order as stage_order, yr.year
      from scope_ics i
      cross join cohorts c
      join cohorts y on y.max_age + 1 = c.min_age
      cross join pathway_stages ps
      join generate_series(${firstYear}, ${lastYear}) as yr(year) on ${scope.inPeriod('i', 'yr.year')}
      where ${scope.stageIs('ps.code')})`,
    `projected as (
      select g.*, coalesce(yp.need, 0) as from_need, coalesce(yp.need, 0) / g.band_years as ageing_in,
             coalesce(cur.need, 0) as need, coalesce(cur.provision, 0) as provision,
             coalesce(prev.provision, 0) as previous_provision,
             coalesce(cur.provision, 0) - coalesce(prev.provision, 0) as growth
      from grid g
      left join ics_cells cur on cur.ics_code = g.ics_code and cur.cohort_code = g.cohort_code
        and cur.pathway_stage_code = g.pathway_stage_code and cur.year = g.year
      left join ics_cells prev on prev.ics_code = g.ics_code and prev.cohort_code = g.cohort_code
        and prev.pathway_stage_code = g.pathway_stage_code and prev.year = g.year - 1
      left join ics_cells yp on yp.ics_code = g.ics_code and yp.cohort_code = g.from_cohort
        and yp.pathway_stage_code = g.pathway_stage_code and yp.year = g.year - 1)`,
  ].join(',\n')}
  select ${CHECK_COLUMNS.map((column) => `ck.${column}`).join(', ')},
    p.ics_code as "icsCode", p.year, p.cohort_code as cohort, p.from_cohort as "fromCohort", p.pathway_stage_code as "pathwayStage",
    p.from_need::float8 as "fromCohortNeed", p.band_years as "fromCohortBandYears", p.ageing_in::float8 as "ageingIn",
    p.need::float8 as need, p.provision::float8 as provision, p.previous_provision::float8 as "previousProvision",
    p.growth::float8 as "provisionGrowth", greatest(p.ageing_in - p.growth, 0)::float8 as shortfall,
    p.growth < p.ageing_in as flagged
  from checks ck left join projected p on true
  order by p.ics_code, p.year, p.cohort_order, p.stage_order`;
  return { text, params: params.values };
}
