import type { SqlParams } from '../db/sql-params.js';
import { financialYearOf } from '../outcome/group-population.sql.js';
import { VALID_ON } from './validity.js';

// The one answer to "which ICS, which places, which year" for every statement that counts records over
// boundaries (the gap engine's domains, pathway, projection, analytics, exports). DOMAIN.md "Boundaries over time".

/** The first and last financial years a dataset may hold (as the importer's year rule). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export interface BoundaryScope {
  /** ODS (or ONS) codes of the ICSs asked for; null means all of England. */
  icsCodes: string[] | null;
  /** Only the ICSs holding (part of) this local authority on the year's boundary date. */
  laCode: string | null;
  fromYear: number | null;
  toYear: number | null;
  /**
   * The day whose boundaries every year is shown on (YYYY-MM-DD), e.g. today's to compare 2024 with 2027 on
   * one map; null: each financial year on its own, the boundaries of its 1 April.
   */
  boundariesAsAt: string | null;
}

/**
 * Rows of `source` grouped into runs of consecutive years with the same `key`: `from_year` to `to_year`.
 * Boundaries change rarely, so a few periods stand for a century of years, and statements join them with a
 * year range (which the planner estimates far better than an equality on a year computed per row).
 */
function periods(source: string, key: readonly string[]): string {
  const columns = key.join(', ');
  return `select ${columns}, min(year) as from_year, max(year) as to_year
      from (select ${columns}, year, year - row_number() over (partition by ${columns} order by year) as run from ${source}) t
      group by ${columns}, run`;
}

/**
 * The CTEs placing records on boundaries. Each financial year has a boundary date: 1 April of the year, or
 * `boundariesAsAt` for every year. Answers, as periods of years (`from_year` to `to_year`, both included):
 * - `scope_ics(ics_code, from_year, to_year)`: the ICSs asked for, in the years they are valid on the boundary date.
 * - `scope_places(ics_code, la_code, population_share, from_year, to_year)`: their places valid on it. A record
 *   per local authority (need, population) joins on `la_code` with its year in the period (`inPeriod`), and
 *   counts × `population_share`.
 * - `record_ics(ics_code, la_key, from_year, to_year, to_ics, share)`: where a record naming an ICS (and a place
 *   of it, `la_key` its ONS code, or '' for an ICS-wide record) counts in those years: to `to_ics` × `share`.
 *   An ICS valid on the boundary date keeps its records (share 1). An abolished one's go to its successors,
 *   following the chain of successions in effect by then: an ICS-wide record shared over them in proportion
 *   to the population moving to each (`succession_shares`); a place's record to the successor(s) holding
 *   that place then, in proportion to their shares of it (to none if no successor holds it). A record naming
 *   an ICS before it was established counts nowhere. Join it with `countedIn`.
 *
 * `succession_shares(predecessor, successor, effective_date, share)`: for each succession, the part of the
 * predecessor's population that moved to this successor. The population moving from A to B is, over A's
 * places valid the day before the effective date: the authority's population (population.csv, all cohorts,
 * in the financial year containing that day, else the nearest year held, the later of two as near) × A's
 * share of it × the part of it A's successors hold from the effective date that B holds (B's share ÷ the
 * successors' shares of it). share = that ÷ the sum over A's successors on the same date; when no
 * population is held for A's places, A's records are shared equally over its successors.
 */
export function boundaryCtes(params: SqlParams, scope: BoundaryScope): string[] {
  const icsCodes = params.add(scope.icsCodes, 'text[]');
  const laCode = params.add(scope.laCode, 'text');
  const fromYear = params.add(scope.fromYear ?? FIRST_YEAR, 'int');
  const toYear = params.add(scope.toYear ?? LAST_YEAR, 'int');
  const asAt = params.add(scope.boundariesAsAt, 'text');
  const dayBefore = '(s.effective_date - 1)';
  return [
    `boundary_years as (
      select y.year, coalesce(${asAt}::date, make_date(y.year, 4, 1)) as boundary_date
      from generate_series(greatest(${fromYear}, ${FIRST_YEAR}), least(${toYear}, ${LAST_YEAR})) as y(year))`,
    `boundary_places as (
      select p.ics_code, p.la_code, p.population_share, y.year
      from boundary_years y join places p on ${VALID_ON('p', 'y.boundary_date')})`,
    `boundary_scope_ics as (
      select i.ods_code as ics_code, y.year
      from boundary_years y join integrated_care_systems i on ${VALID_ON('i', 'y.boundary_date')}
      where (${icsCodes} is null or i.ods_code = any(${icsCodes}) or i.ons_code = any(${icsCodes}))
        and (${laCode} is null or exists (
          select 1 from boundary_places bp where bp.ics_code = i.ods_code and bp.la_code = ${laCode} and bp.year = y.year)))`,
    `scope_ics as (${periods('boundary_scope_ics', ['ics_code'])})`,
    `scope_places as (${periods(
      '(select bp.* from boundary_places bp join boundary_scope_ics i on i.ics_code = bp.ics_code and i.year = bp.year) sp',
      ['ics_code', 'la_code', 'population_share'],
    )})`,
    `succession_moves as (
      select s.predecessor_ods_code as predecessor, s.successor_ods_code as successor, s.effective_date,
             sum(coalesce(pop.people, 0) * pp.population_share * sp.population_share / held.share) as moved
      from ics_successions s
      join places pp on pp.ics_code = s.predecessor_ods_code and ${VALID_ON('pp', dayBefore)}
      join places sp on sp.ics_code = s.successor_ods_code and sp.la_code = pp.la_code and ${VALID_ON('sp', 's.effective_date')}
      cross join lateral (
        select sum(x.population_share) as share from ics_successions s2
        join places x on x.ics_code = s2.successor_ods_code and x.la_code = pp.la_code and ${VALID_ON('x', 's2.effective_date')}
        where s2.predecessor_ods_code = s.predecessor_ods_code and s2.effective_date = s.effective_date) held
      left join lateral (
        select sum(e.people) as people from population_estimates e
        where e.la_code = pp.la_code and e.year = (
          select e2.year from population_estimates e2 where e2.la_code = pp.la_code
          order by abs(e2.year - ${financialYearOf(dayBefore)}), e2.year desc limit 1)) pop on true
      group by s.predecessor_ods_code, s.successor_ods_code, s.effective_date)`,
    `succession_shares as (
      select s.predecessor_ods_code as predecessor, s.successor_ods_code as successor, s.effective_date,
             case when sum(coalesce(m.moved, 0)) over w > 0 then coalesce(m.moved, 0) / sum(coalesce(m.moved, 0)) over w
                  else 1.0 / count(*) over w end as share
      from ics_successions s
      left join succession_moves m on m.predecessor = s.predecessor_ods_code and m.successor = s.successor_ods_code
      window w as (partition by s.predecessor_ods_code, s.effective_date))`,
    // From each ICS, through the successions in effect by the boundary date, to the ICSs valid on it. Recursive
    // inside its own WITH, so a statement using these CTEs need not begin \`with recursive\`.
    `ics_lineage as (
      with recursive chain (ics_code, year, boundary_date, current_ics, share, depth) as (
        select i.ods_code, y.year, y.boundary_date, i.ods_code, 1::numeric, 0
        from integrated_care_systems i cross join boundary_years y
        union all
        select l.ics_code, l.year, l.boundary_date, ss.successor, l.share * ss.share, l.depth + 1
        from chain l
        join integrated_care_systems c on c.ods_code = l.current_ics
        join succession_shares ss on ss.predecessor = l.current_ics and ss.effective_date <= l.boundary_date
        where not (${VALID_ON('c', 'l.boundary_date')}) and l.depth < 20)
      select * from chain)`,
    `ics_counted as (
      select l.ics_code, l.year, l.current_ics as to_ics, sum(l.share) as share
      from ics_lineage l join integrated_care_systems c on c.ods_code = l.current_ics
      where ${VALID_ON('c', 'l.boundary_date')}
      group by l.ics_code, l.year, l.current_ics)`,
    `boundary_records as (
      select r.ics_code, r.la_key, r.year, r.to_ics, r.share
      from (select c.ics_code, '' as la_key, c.year, c.to_ics, c.share from ics_counted c
            union all
            select c.ics_code, bp.la_code, c.year, c.to_ics,
                   bp.population_share / sum(bp.population_share) over (partition by c.ics_code, bp.la_code, c.year)
            from ics_counted c join boundary_places bp on bp.ics_code = c.to_ics and bp.year = c.year) r
      join boundary_scope_ics i on i.ics_code = r.to_ics and i.year = r.year)`,
    // record_key: the ICS and la_key in one value, so a record meets its rows by one equality.
    `record_ics as (
      select r.*, r.ics_code || '/' || r.la_key as record_key
      from (${periods('boundary_records', ['ics_code', 'la_key', 'to_ics', 'share'])}) r)`,
  ];
}

/**
 * SQL: the financial year `year` is in the period of `alias` (a row of scope_ics, scope_places or record_ics).
 * Written as a CASE, which the planner takes as an opaque condition keeping half the rows: two inequalities
 * between columns it has no statistics for are taken to keep a ninth, and that underestimate, repeated
 * down a statement, plans nested loops over thousands of cells.
 */
export const inPeriod = (alias: string, year: string) =>
  `(case when ${year} between ${alias}.from_year and ${alias}.to_year then true else false end)`;

/**
 * A join of `record_ics` as `alias` for records naming the ICS `ics` in the financial year `year` (SQL over the
 * record), and for a place's record its local authority `la` (null or absent: ICS-wide). The record then counts
 * to the ICS `<alias>.to_ics`, its amounts × `<alias>.share`.
 */
export function countedIn(alias: string, record: { ics: string; year: string; la?: string }): string {
  const key = `${record.ics} || '/' || ${record.la ? `coalesce(${record.la}, '')` : "''"}`;
  return `join record_ics ${alias} on ${alias}.record_key = ${key} and ${inPeriod(alias, record.year)}`;
}
