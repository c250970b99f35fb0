import { needReadDate } from '../gap/capacity-count.sql.js';
import type { ScopeSql } from '../gap/scope.sql.js';

/** The stage whose CASELOAD need the register gives, where a place has one (DOMAIN.md v2, "DSR as the crisis need"). */
export const REGISTER_STAGE = 'CRISIS_AND_INTENSIVE_SUPPORT';

/** Whether a cell of `stage` and `basis` is one whose need the register gives (PER_YEAR crisis rows are not). */
export const registerCell = (stage: string, basis: string): string =>
  `(${stage} = '${REGISTER_STAGE}' and ${basis} = 'CASELOAD')`;

/**
 * The dynamic support register as the crisis-stage need, after the scope CTEs:
 * - dsr_place_years: for each place × need year, the census that counts — its last period end in the year (need
 *   source DSR, capacity read on that date), else the latest before the year carried forward (DSR_CARRIED_FORWARD,
 *   capacity read on 31 March); a place with no census by then has no row and keeps the JSNA.
 * - dsr_crisis_need: need per place × cohort × category there = RED + AMBER at that census, over the cells that have
 *   a register line or a JSNA figure (CASELOAD, crisis stage); a JSNA cell without a register line counts 0. Register
 *   lines name the ICS, so they count in full to it (no place share).
 * - dsr_read_dates: the date CASELOAD crisis capacity is read in a year with a census: a place's own period end for a
 *   service serving that place, and the ICS's latest period end in the year for an ICS-wide service (la_code null).
 */
export function crisisNeedCtes(scope: ScopeSql): string[] {
  const read = needReadDate('y.year');
  return [
    // Register lines name the ICS: those of an ICS abolished by the year's boundary date count to the successor
    // holding the place then (organisation/boundaries.sql.ts), in full; two predecessors' lines for one authority
    // (a place they shared) add up in it.
    `dsr_lines as (
      select p.ics_code, p.la_code, y.year, r.period_end, r.cohort_code, r.need_category_code, r.red, r.amber
      from scope_places p
      join need_years y on ${scope.inPeriod('p', 'y.year')}
      join dynamic_support_register r on r.la_code = p.la_code and r.period_end <= ${read}
      ${scope.countedIn('rb', { ics: 'r.ics_code', year: 'y.year', la: 'r.la_code' })} and rb.to_ics = p.ics_code
      where ${scope.stageIs(`'${REGISTER_STAGE}'`)})`,
    `dsr_place_years as (
      select ics_code, la_code, year, period_end,
             case when period_end >= make_date(year, 4, 1) then 'DSR' else 'DSR_CARRIED_FORWARD' end as need_source,
             case when period_end >= make_date(year, 4, 1) then period_end else ${needReadDate('year')} end as read_on
      from (select ics_code, la_code, year, max(period_end) as period_end from dsr_lines group by ics_code, la_code, year) c)`,
    `dsr_crisis_need as (
      select d.ics_code, d.la_code, k.cohort_code, k.need_category_code, d.year, coalesce(r.need, 0)::numeric as need
      from dsr_place_years d
      cross join lateral (
        select n.cohort_code, n.need_category_code from assessed_needs n
        where n.la_code = d.la_code and n.year = d.year and ${registerCell('n.pathway_stage_code', 'n.basis')}
        union
        select l.cohort_code, l.need_category_code from dsr_lines l
        where l.ics_code = d.ics_code and l.la_code = d.la_code and l.year = d.year and l.period_end = d.period_end) k
      -- Summed per census cell once and joined (not a lateral sum per cell: a scan of every line for each of thousands).
      left join (
        select l.ics_code, l.la_code, l.year, l.period_end, l.cohort_code, l.need_category_code, sum(l.red + l.amber) as need
        from dsr_lines l group by l.ics_code, l.la_code, l.year, l.period_end, l.cohort_code, l.need_category_code) r
        on r.ics_code = d.ics_code and r.la_code = d.la_code and r.year = d.year and r.period_end = d.period_end
          and r.cohort_code = k.cohort_code and r.need_category_code = k.need_category_code)`,
    `dsr_read_dates as (
      select ics_code, la_code, year, read_on from dsr_place_years where need_source = 'DSR'
      union all
      select ics_code, null, year, max(read_on) from dsr_place_years where need_source = 'DSR' group by ics_code, year)`,
  ];
}

/** A place cell's need source, over `dsr` (dsr_place_years, left joined on the cell's place and year). */
export const placeNeedSource = (stage: string, basis: string): string =>
  `case when ${registerCell(stage, basis)} then coalesce(dsr.need_source, 'JSNA') else 'JSNA' end`;

/**
 * An ICS finding's need source, from its places' (`placeSource`, an expression per place cell): DSR when any place's
 * need came from a census in the year, else DSR_CARRIED_FORWARD when any carried one forward, else JSNA. The
 * explanation lists each place's own source and period end.
 */
export const icsNeedSource = (placeSource: string): string =>
  `case when bool_or(${placeSource} = 'DSR') then 'DSR' when bool_or(${placeSource} = 'DSR_CARRIED_FORWARD') then 'DSR_CARRIED_FORWARD' else 'JSNA' end`;
