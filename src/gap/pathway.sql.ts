import { CHECK_COLUMNS, checksCte } from './code-checks.js';
import { serviceCellCtes } from './domains/services.js';
import { scopeSql } from './scope.sql.js';
import { coverageSql, severitySql, type SeverityThresholds } from './severity.js';
import { SqlParams } from '../db/sql-params.js';
import type { Basis } from './Basis.js';

/** Which cells a pathway sums: one year, and one cohort and category or all (null). */
export interface PathwayCells {
  year: number;
  cohort: string | null;
  needCategory: string | null;
  /** The basis compared (CASELOAD or PER_YEAR): a stage's sums never mix people at one time with a number a year. */
  basis: Basis;
  /** The day whose boundaries the year is counted on; null: its own 1 April's. */
  boundariesAsAt: string | null;
}

/**
 * One statement for the pathways of many ICSs (laCodes null) or many places (pairs of icsCodes and
 * laCodes) with the same arguments: SERVICES place cells of one basis summed per scope and stage, every stage listed.
 */
export function pathwayStatement(
  icsCodes: string[],
  laCodes: (string | null)[],
  args: PathwayCells,
  thresholds: SeverityThresholds,
): { text: string; params: unknown[] } {
  const params = new SqlParams();
  const checks = checksCte(params, { icsCode: null, laCode: null, cohort: args.cohort, needCategory: args.needCategory, pathwayStage: null });
  const scope = scopeSql(params, { icsCodes, laCode: null, fromYear: args.year, toYear: args.year, pathwayStage: null, boundariesAsAt: args.boundariesAsAt,
  });
  const cohort = params.add(args.cohort, 'text');
  const category = params.add(args.needCategory, 'text');
  const basis = params.add(args.basis, 'text');
  const requestedIcs = params.add(icsCodes, 'text[]');
  const requestedLa = params.add(laCodes, 'text[]');
  const low = params.add(thresholds.low, 'numeric');
  const medium = params.add(thresholds.medium, 'numeric');
  const text = `with ${[
    checks,
    ...scope.ctes,
    ...serviceCellCtes(scope),
    // A null laCode asks for the whole ICS: every place counts towards it.
    `requested as (select distinct r.ics_code, r.la_code from unnest(${requestedIcs}, ${requestedLa}) as r(ics_code, la_code))`,
    `stage_sums as (
      select r.ics_code, r.la_code, c.pathway_stage_code, sum(c.need) as need, sum(c.provision) as provision
      from requested r
      join svc_place_cells c on c.ics_code = r.ics_code and (r.la_code is null or c.la_code = r.la_code)
      where (${cohort} is null or c.cohort_code = ${cohort}) and (${category} is null or c.need_category_code = ${category})
        and c.basis = ${basis}
      group by r.ics_code, r.la_code, c.pathway_stage_code)`,
    `stages as (
      select r.ics_code, r.la_code, ps.code, ps.label, ps.sort_order, ps.direction,
             coalesce(s.need, 0) as need, coalesce(s.provision, 0) as provision
      from requested r cross join pathway_stages ps
      left join stage_sums s on s.ics_code = r.ics_code and s.la_code is not distinct from r.la_code
        and s.pathway_stage_code = ps.code)`,
    `graded as (select s.*, ${coverageSql('s.need', 's.provision')} as coverage from stages s)`,
  ].join(',\n')}
  select ${CHECK_COLUMNS.map((column) => `ck.${column}`).join(', ')},
    g.ics_code as "icsCode", g.la_code as "laCode", g.code as "pathwayStage", g.label,
    g.need::float8 as need, g.provision::float8 as provision, (g.need - g.provision)::float8 as gap,
    g.coverage::float8 as coverage, g.direction,
    -- A REDUCE stage (inpatient beds) has no sufficiency grade, so it is never a break.
    case when g.direction = 'MEET_NEED' then ${severitySql('g.need', 'g.provision', 'g.coverage', low, medium)} end as severity
  from checks ck left join graded g on true
  order by g.ics_code, g.la_code, g.sort_order`;
  return { text, params: params.values };
}
