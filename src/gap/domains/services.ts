import { apportionedExplanation, apportionmentCtes, placeSummedFindings, type Apportionment } from '../apportionment.sql.js';
import { type GapDomainSpec } from '../domain-spec.js';
import { GapLevel } from '../GapLevel.js';
import { MEET_NEED_STAGE, REDUCE_RULE } from '../stage-direction.sql.js';
import { GapUnit } from '../GapUnit.js';
import type { ScopeSql } from '../scope.sql.js';
import { CAPACITY_BASIS, countedShare, needReadDate, servedAgeShare } from '../capacity-count.sql.js';
import { crisisNeedCtes, icsNeedSource, placeNeedSource, registerCell, REGISTER_STAGE } from '../../dsr/crisis-need.sql.js';

/** The census (if any) giving a place cell `c`'s crisis need, as `dsr`. */
const PLACE_REGISTER = 'left join dsr_place_years dsr on dsr.ics_code = c.ics_code and dsr.la_code = c.la_code and dsr.year = c.year';
const PLACE_NEED_SOURCE = placeNeedSource('c.pathway_stage_code', 'c.basis');

/** A service's counted capacity, shared over the place × cohort × category cells it serves in a year. */
const APPORTIONMENT: Apportionment = {
  prefix: 'svc',
  key: ['ics_code', 'la_code', 'cohort_code', 'need_category_code', 'pathway_stage_code', 'basis', 'year'],
  // A service of an abolished ICS split over its successors is one line in each, apportioned over its places.
  line: ['service_id', 'ics_code', 'year'],
  amount: 'capacity',
  explained: {
    key: 'services',
    fields: {
      serviceCode: 's.service_code', catchmentLaCode: 's.la_code', capacityBasis: 'c.basis',
      capacityPeople: 's.capacity_people', countedShare: 'c.counted_share', servedAgeShare: 'c.age_share',
      namedIcsCode: 's.ics_code', boundaryShare: 'c.boundary_share',
    },
    join: 'join commissioned_services s on s.id = c.service_id',
    amount: 'capacity', apportioned: 'apportionedPeople', orderBy: '"serviceCode"',
  },
  // Where the register gives a place's need: its source, the census read, RED and AMBER there, and the JSNA figure set aside.
  placeDetails: {
    join: `${PLACE_REGISTER} and ${registerCell('c.pathway_stage_code', 'c.basis')}
      left join (
        select l.ics_code, l.la_code, l.year, l.period_end, l.cohort_code, l.need_category_code, sum(l.red) as red, sum(l.amber) as amber
        from dsr_lines l group by l.ics_code, l.la_code, l.year, l.period_end, l.cohort_code, l.need_category_code) dsr_line
        on dsr_line.ics_code = c.ics_code and dsr_line.la_code = c.la_code and dsr_line.year = c.year
          and dsr_line.period_end = dsr.period_end and dsr_line.cohort_code = c.cohort_code and dsr_line.need_category_code = c.need_category_code
      left join assessed_needs jsna on dsr.year is not null and jsna.la_code = c.la_code and jsna.cohort_code = c.cohort_code
        and jsna.need_category_code = c.need_category_code and jsna.pathway_stage_code = c.pathway_stage_code
        and jsna.year = c.year and jsna.basis = c.basis`,
    fields: {
      jsnaPeople: 'case when dsr.year is null then c.need / sp.population_share else coalesce(jsna.people, 0) end',
      needSource: "coalesce(dsr.need_source, 'JSNA')",
      dsrPeriodEnd: 'dsr.period_end',
      dsrRed: 'case when dsr.year is not null then coalesce(dsr_line.red, 0) end',
      dsrAmber: 'case when dsr.year is not null then coalesce(dsr_line.amber, 0) end',
    },
  },
};

/**
 * The CTEs computing SERVICES at place level, also used by the pathway and cohort projection:
 * - svc_place_need: place need = local-authority JSNA people × place share, per basis.
 * - svc_active: each service in each year its capacity counts in, with its basis (stated, else its type's
 *   default, else CASELOAD) and the capacity counted (see `countedShare`).
 * - svc_cells: one row per service × year × place of its catchment × cohort × category it serves, with the
 *   need there of its basis that its ages can serve (`servedAgeShare`); cohorts outside its ages are not
 *   served at all. The apportionment module then shares the counted capacity over these cells in
 *   proportion to that servable need (equally when it is 0): `svc_contributions`, `svc_place_cells`.
 */
export function serviceCellCtes(scope: ScopeSql): string[] {
  return [
    ...crisisNeedCtes(scope),
    // The JSNA, except the crisis CASELOAD cells of a place-year the register gives (dsr_crisis_need).
    `svc_place_need as (
      select sp.ics_code, sp.la_code, n.cohort_code, n.need_category_code, n.pathway_stage_code, n.basis, n.year,
             n.people * sp.population_share as need
      from assessed_needs n join scope_places sp on sp.la_code = n.la_code and ${scope.inPeriod('sp', 'n.year')}
      where ${scope.stageIs('n.pathway_stage_code')} and ${scope.yearIn('n.year')}
        and not (${registerCell('n.pathway_stage_code', 'n.basis')} and exists (select 1 from dsr_place_years d
          where d.ics_code = sp.ics_code and d.la_code = sp.la_code and d.year = n.year))
      union all
      select ics_code, la_code, cohort_code, need_category_code, '${REGISTER_STAGE}', 'CASELOAD', year, need from dsr_crisis_need)`,
    // Only services whose dates overlap the financial year can count in it; countedShare says how much.
    `svc_active as (
      select * from (
        select s.id as service_id, r.to_ics as ics_code, s.la_code, s.pathway_stage_code, s.min_age, s.max_age, b.basis, y.year,
               ${countedShare('b.basis', 'y.year', `coalesce(dr.read_on, ${needReadDate('y.year')})`)} as counted_share,
               s.capacity_people, r.share as boundary_share
        from commissioned_services s
        left join service_types st on st.code = s.service_type_code
        cross join lateral (select ${CAPACITY_BASIS} as basis) b
        join need_years y on s.start_date <= ${needReadDate('y.year')}
                         and (s.end_date is null or s.end_date >= make_date(y.year, 4, 1))
        ${scope.countedIn('r', { ics: 's.ics_code', year: 'y.year', la: 's.la_code' })}
        left join dsr_read_dates dr on dr.ics_code = r.to_ics and dr.la_code is not distinct from s.la_code and dr.year = y.year
          and ${registerCell('s.pathway_stage_code', 'b.basis')}
        where ${scope.stageIs('s.pathway_stage_code')}) a
      where counted_share > 0)`,
    // The needs the cells look up, materialized so the lookup is one hash join: the number of cells is hard
    // to estimate across boundary periods, and a nested loop planned for a few cells probes needs per cell.
    `svc_need as materialized (
      select n.la_code, n.cohort_code, n.need_category_code, n.pathway_stage_code, n.year, n.basis, n.people
      from assessed_needs n
      where ${scope.stageIs('n.pathway_stage_code')} and ${scope.yearIn('n.year')})`,
    `svc_cells as (
      select a.service_id, a.capacity_people * a.counted_share * a.boundary_share as capacity, a.counted_share,
             a.boundary_share, a.basis,
             sp.ics_code, sp.la_code, sc.cohort_code, snc.need_category_code, a.pathway_stage_code, a.year, g.age_share,
             case when dy.year is null then coalesce(n.people * sp.population_share, 0) else coalesce(dn.need, 0) end
               * g.age_share as need
      from svc_active a
      join scope_places sp on sp.ics_code = a.ics_code and ${scope.inPeriod('sp', 'a.year')} and (a.la_code is null or sp.la_code = a.la_code)
      join commissioned_service_cohorts sc on sc.service_id = a.service_id
      join cohorts co on co.code = sc.cohort_code
      cross join lateral (select ${servedAgeShare('a')} as age_share) g
      join commissioned_service_need_categories snc on snc.service_id = a.service_id
      left join svc_need n on n.la_code = sp.la_code and n.cohort_code = sc.cohort_code
        and n.need_category_code = snc.need_category_code and n.pathway_stage_code = a.pathway_stage_code
        and n.year = a.year and n.basis = a.basis
      left join dsr_place_years dy on dy.ics_code = sp.ics_code and dy.la_code = sp.la_code and dy.year = a.year
        and ${registerCell('a.pathway_stage_code', 'a.basis')}
      left join dsr_crisis_need dn on dy.year is not null and dn.ics_code = sp.ics_code and dn.la_code = sp.la_code
        and dn.cohort_code = sc.cohort_code and dn.need_category_code = snc.need_category_code and dn.year = a.year
      where g.age_share > 0)`,
    ...apportionmentCtes(APPORTIONMENT),
  ];
}

const APPORTIONED =
  "A service's capacity is apportioned over every place of its catchment × cohort × need category it serves, in proportion " +
  "to the need there that it can serve (equally when that need is 0). With age limits it can serve the cohort's need × " +
  "(years of the cohort's band inside its ages ÷ years of the band; OLDER_ADULTS counted as 65–89); a cohort entirely " +
  'outside its ages gets none of it.';

const COUNTED =
  'A finding compares need and capacity of one basis: CASELOAD (people at one time) or PER_YEAR (assessments, checks a year). ' +
  "A service's basis is the one it states, else its service type's default, else CASELOAD. A CASELOAD capacity counts in " +
  'a year when the service runs on 31 March ending it (start and end dates inclusive); a PER_YEAR capacity counts pro rata ' +
  'to the days it runs in the financial year (out of 365, or 366).';

const REGISTER =
  'At CRISIS_AND_INTENSIVE_SUPPORT (CASELOAD), where a place has a dynamic support register census in the year, its need ' +
  'per cohort × category is RED + AMBER at its last period end in the year (need source DSR; capacity read on that period ' +
  "end, an ICS-wide service's on the ICS's latest period end in the year): a cell with a JSNA figure but no register line " +
  'counts 0, and a cell with neither has no need. In years after its latest census, that census carries forward (need ' +
  'source DSR_CARRIED_FORWARD, capacity read on 31 March). A place without a census by then uses the JSNA (need source JSNA). ' +
  'Register lines name the ICS, so they count in full (no place share). PER_YEAR crisis need is always the JSNA.';

/** SERVICES: JSNA people at a stage against the apportioned capacity of services counting in the year, per basis. */
export const services: GapDomainSpec<'SERVICES'> = {
  name: 'SERVICES',
  description:
    'JSNA people needing support at a stage (at the crisis stage, RED + AMBER on the dynamic support register where a place ' +
    'has one) vs the capacity of commissioned services counting in the year, compared within one basis (CASELOAD or PER_YEAR).',
  unit: GapUnit.PEOPLE,
  rules: {
    [GapLevel.ICS]:
      "need and provision are the sums of the ICS's place findings (see places); coverage and severity come from the sums. " +
      `Place need = JSNA people × place share. ${REGISTER} An ICS finding's need source is DSR when any of its places' need ` +
      'came from a census in the year, else DSR_CARRIED_FORWARD when any carried one forward, else JSNA; each place ' +
      `states its own in the explanation. ${COUNTED} ${APPORTIONED} ${REDUCE_RULE}`,
    [GapLevel.PLACE]:
      'need = JSNA people of the local authority × place share, of one basis. provision = apportioned capacity of services at ' +
      `this stage and basis serving this cohort and need category. ${REGISTER} ${COUNTED} ${APPORTIONED} ${REDUCE_RULE}`,
  },

  ctes: (scope) => serviceCellCtes(scope),

  findings: (level) =>
    placeSummedFindings(
      services,
      level,
      `svc_place_cells c ${MEET_NEED_STAGE('c.pathway_stage_code')} ${PLACE_REGISTER}`,
      {
        cohort_code: 'c.cohort_code', need_category_code: 'c.need_category_code', pathway_stage_code: 'c.pathway_stage_code',
        basis: 'c.basis',
      },
      { need_source: level === GapLevel.PLACE ? PLACE_NEED_SOURCE : icsNeedSource(PLACE_NEED_SOURCE) },
    ),

  explanation: (level) => apportionedExplanation(level, services, APPORTIONMENT),
};
