import { inPeriod } from '../../organisation/boundaries.sql.js';
import { assessmentClearanceYears } from '../../config.js';
import { financialYearOf } from '../../outcome/group-population.sql.js';
import { apportionedLineCtes, apportionmentCtes, type Apportionment } from '../apportionment.sql.js';
import { CAPACITY_BASIS, countedShare, needReadDate, servedAgeShare } from '../capacity-count.sql.js';
import { findingsSelect, literal, pageRowsOf, type GapDomainSpec } from '../domain-spec.js';
import { GapLevel } from '../GapLevel.js';
import { GapUnit } from '../GapUnit.js';

/** The stage of the DIAGNOSTIC_ASSESSMENT service type: where the findings sit (for stage filters and the dashboard). */
const STAGE = 'PREVENTION_EARLY_INTERVENTION';
const SERVICE_TYPE = 'DIAGNOSTIC_ASSESSMENT';
const CELL = ['ics_code', 'la_code', 'cohort_code', 'need_category_code', 'year'];
const ICS_CELL = CELL.filter((column) => column !== 'la_code');
const same = (a: string, b: string, columns = CELL) => columns.map((column) => `${a}.${column} = ${b}.${column}`).join(' and ');

/** The waiting list NICE's 13-week standard allows: 13 weeks of net referrals. */
const allowed = (net: string) => `(${net}) * 13 / 52`;

/** The outputs, from waiting at the start, net referrals, capacity and waiting at the last period end (of a place, or summed). */
function outputs(start: string, net: string, capacity: string, end: string) {
  return {
    projected: `greatest(${start} + ${net} - ${capacity}, 0)`,
    months: `case when ${start} <= ${allowed(net)} then 0
                  when ${capacity} <= ${net} then null
                  else 12 * (${start} - ${allowed(net)}) / (${capacity} - ${net}) end`,
    implied: `case when ${capacity} > 0 then ${end} * 52 / ${capacity} end`,
  };
}

/** A DIAGNOSTIC_ASSESSMENT service's counted capacity, shared over the place × cohort × category cells it serves. */
const APPORTIONMENT: Apportionment = {
  prefix: 'dia',
  key: CELL,
  // A service of an abolished ICS split over its successors is one line in each.
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
};

const NEED_RULE =
  'net referrals = Σ over the period ends in the financial year of (referrals − closed without assessment) × place share; ' +
  'waiting at the start = the waiting list at the last period end before 1 April × place share (0, flagged ' +
  'noReturnBeforeYear, when there is none); need = net referrals + max(0, waiting at the start − net referrals × 13 ÷ 52) ÷ ' +
  'ASSESSMENT_CLEARANCE_YEARS (default 2): keep up with demand, and bring the list down to what NICE\'s 13-week standard ' +
  'allows over the clearance years.';

const PROVISION_RULE =
  'provision = PER_YEAR capacity of DIAGNOSTIC_ASSESSMENT services serving the cohort and need category, counted pro rata ' +
  'to the days they run in the financial year, apportioned over the places of their catchment × cohorts × categories in ' +
  "proportion to the need there they can serve (the cohort's need × the share of its ages they serve; equally when that " +
  'need is 0).';

const OUTPUT_RULE =
  'projectedWaitingList = max(0, waiting at the start + net referrals − capacity); monthsToStandard = 0 when waiting at the ' +
  'start ≤ net referrals × 13 ÷ 52, else 12 × (waiting at the start − net referrals × 13 ÷ 52) ÷ (capacity − net ' +
  'referrals), null when capacity ≤ net referrals (the list never reaches the standard); impliedWaitWeeks = waiting at the ' +
  'last period end in the year ÷ (capacity ÷ 52), null when capacity is 0. Findings only where the place has returns in ' +
  'the year: no return is not zero.';

/**
 * DIAGNOSTIC_ASSESSMENT, per place or ICS × need category × cohort × year, from assessment_demand.csv (local authority
 * returns, × place share): the assessments a year needed to keep up with net referrals and bring the waiting list
 * within NICE's 13-week standard over the clearance years, against the PER_YEAR capacity of diagnostic assessment
 * services. Need is computed per place; an ICS sums its places' needs and capacities, and its outputs come from the
 * sums of its places' waiting lists, net referrals and capacities. Findings only where returns exist for the place
 * and year. Assessment services also count in SERVICES, like any service at their stage.
 */
export const diagnosticAssessment: GapDomainSpec<'DIAGNOSTIC_ASSESSMENT'> = {
  name: 'DIAGNOSTIC_ASSESSMENT',
  description:
    "Assessments a year needed to keep up with net referrals and bring the waiting list within NICE's 13-week standard " +
    'over the clearance years (from the assessment returns) vs PER_YEAR capacity of diagnostic assessment services.',
  unit: GapUnit.PEOPLE,
  stage: STAGE,
  rules: {
    [GapLevel.ICS]:
      "need and provision are the sums of the ICS's place findings (see places), counting only places with returns in " +
      'the year (placesWithoutReturns names the others); coverage and severity come from the sums, and the outputs from ' +
      `the sums of the places' waiting lists, net referrals and capacities. Per place: ${NEED_RULE} ${PROVISION_RULE} ` +
      OUTPUT_RULE,
    [GapLevel.PLACE]: `${NEED_RULE} ${PROVISION_RULE} ${OUTPUT_RULE}`,
  },

  ctes: (scope, params) => {
    const clearance = params.add(assessmentClearanceYears(), 'numeric');
    const year = financialYearOf('d.period_end');
    // The same expressions for a place and for an ICS's sums, each selected as `r`.
    const figures = outputs('r.waiting_start', 'r.net_referrals', 'r.capacity', 'r.waiting_end');
    return [
      `dia_settings as (select ${clearance} as clearance_years)`,
      // The returns of the scope's places in the years asked for, each with its financial year.
      `dia_returns as (
        select sp.ics_code, sp.la_code, sp.population_share, d.cohort_code, d.need_category_code, ${year} as year,
               d.period_end, d.referrals, d.closed_without_assessment, d.completed, d.waiting, d.waiting_13_weeks_plus
        from assessment_demand d join scope_places sp on sp.la_code = d.la_code and ${scope.inPeriod('sp', year)}
        where ${scope.yearIn(year)})`,
      `dia_flows as (
        select ics_code, la_code, population_share, cohort_code, need_category_code, year,
               sum(referrals - closed_without_assessment) * population_share as net_referrals
        from dia_returns group by ics_code, la_code, population_share, cohort_code, need_category_code, year)`,
      `dia_last as (
        select distinct on (ics_code, la_code, cohort_code, need_category_code, year)
               ics_code, la_code, cohort_code, need_category_code, year, period_end, waiting
        from dia_returns order by ics_code, la_code, cohort_code, need_category_code, year, period_end desc)`,
      // Waiting at the start: the last return before 1 April, whatever year it falls in (read through the natural key).
      `dia_place_figures as (
        select f.ics_code, f.la_code, f.population_share, f.cohort_code, f.need_category_code, f.year, f.net_referrals,
               coalesce(s.waiting, 0) * f.population_share as waiting_start, s.period_end as start_period_end,
               l.waiting * f.population_share as waiting_end, l.period_end as end_period_end
        from dia_flows f
        join dia_last l on ${same('l', 'f')}
        left join lateral (
          select d.period_end, d.waiting from assessment_demand d
          where d.la_code = f.la_code and d.need_category_code = f.need_category_code and d.cohort_code = f.cohort_code
            and d.period_end < make_date(f.year, 4, 1)
          order by d.period_end desc limit 1) s on true)`,
      `dia_place_need as (
        select ${CELL.join(', ')},
               net_referrals + greatest(waiting_start - ${allowed('net_referrals')}, 0) / t.clearance_years as need
        from dia_place_figures cross join dia_settings t)`,
      `dia_years as (select distinct year from dia_flows)`,
      `dia_active as (
        select * from (
          select s.id as service_id, r.to_ics as ics_code, s.la_code, s.min_age, s.max_age, y.year,
                 ${countedShare(`'PER_YEAR'`, 'y.year')} as counted_share, s.capacity_people, r.share as boundary_share
          from commissioned_services s
          left join service_types st on st.code = s.service_type_code
          join dia_years y on s.start_date <= ${needReadDate('y.year')}
                          and (s.end_date is null or s.end_date >= make_date(y.year, 4, 1))
          ${scope.countedIn('r', { ics: 's.ics_code', year: 'y.year', la: 's.la_code' })}
          where s.service_type_code = ${literal(SERVICE_TYPE)} and ${CAPACITY_BASIS} = 'PER_YEAR') a
        where counted_share > 0)`,
      `dia_cells as (
        select a.service_id, a.capacity_people * a.counted_share * a.boundary_share as capacity, a.counted_share,
               a.boundary_share, 'PER_YEAR'::text as basis,
               sp.ics_code, sp.la_code,
               sc.cohort_code, snc.need_category_code, a.year, g.age_share, coalesce(n.need, 0) * g.age_share as need
        from dia_active a
        join scope_places sp on sp.ics_code = a.ics_code and ${scope.inPeriod('sp', 'a.year')}
          and (a.la_code is null or sp.la_code = a.la_code)
        join commissioned_service_cohorts sc on sc.service_id = a.service_id
        join cohorts co on co.code = sc.cohort_code
        cross join lateral (select ${servedAgeShare('a')} as age_share) g
        join commissioned_service_need_categories snc on snc.service_id = a.service_id
        left join dia_place_need n on n.ics_code = sp.ics_code and n.la_code = sp.la_code and n.cohort_code = sc.cohort_code
          and n.need_category_code = snc.need_category_code and n.year = a.year
        where g.age_share > 0)`,
      ...apportionmentCtes(APPORTIONMENT),
      // Only cells with returns: capacity apportioned to a cell without them (no need there) gives no finding.
      `dia_place_results as (
        select r.*, ${figures.projected} as projected, ${figures.months} as months, ${figures.implied} as implied
        from (select f.*, n.need, coalesce(c.provision, 0) as capacity
              from dia_place_figures f
              join dia_place_need n on ${same('n', 'f')}
              left join dia_place_cells c on ${same('c', 'f')}) r)`,
      `dia_ics_results as (
        select r.*, ${figures.projected} as projected, ${figures.months} as months, ${figures.implied} as implied
        from (select ${ICS_CELL.join(', ')}, sum(need) as need, sum(capacity) as capacity, sum(waiting_start) as waiting_start,
                     sum(net_referrals) as net_referrals, sum(waiting_end) as waiting_end
              from dia_place_results group by ${ICS_CELL.join(', ')}) r)`,
    ];
  },

  findings: (level) =>
    findingsSelect(diagnosticAssessment, level, level === GapLevel.PLACE ? 'dia_place_results' : 'dia_ics_results', {
      ics_code: 'ics_code', ...(level === GapLevel.PLACE ? { la_code: 'la_code' } : {}), cohort_code: 'cohort_code',
      need_category_code: 'need_category_code', pathway_stage_code: literal(STAGE), year: 'year', basis: `'PER_YEAR'::text`,
      need: 'need', provision: 'capacity', projected_waiting_list: 'projected', months_to_standard: 'months',
      implied_wait_weeks: 'implied',
    }),

  explanation: (level) => {
    const mine = pageRowsOf(diagnosticAssessment);
    const match = level === GapLevel.PLACE ? same('r', 'pg') : same('r', 'pg', ICS_CELL);
    return {
      ctes: [
        `dia_explained_places as materialized (
          select pg.position, jsonb_agg(jsonb_build_object(
                   'laCode', r.la_code, 'populationShare', r.population_share, 'netReferrals', r.net_referrals,
                   'waitingAtStart', r.waiting_start, 'waitingAtStartPeriodEnd', r.start_period_end,
                   'noReturnBeforeYear', r.start_period_end is null, 'waitingAtEnd', r.waiting_end,
                   'waitingAtEndPeriodEnd', r.end_period_end, 'need', r.need, 'capacity', r.capacity,
                   'projectedWaitingList', r.projected, 'monthsToStandard', r.months, 'impliedWaitWeeks', r.implied,
                   'returns', (select jsonb_agg(jsonb_build_object(
                                 'laCode', d.la_code, 'needCategory', d.need_category_code, 'cohort', d.cohort_code,
                                 'periodEnd', d.period_end, 'year', ${financialYearOf('d.period_end')},
                                 'referrals', d.referrals, 'closedWithoutAssessment', d.closed_without_assessment,
                                 'completed', d.completed, 'waiting', d.waiting, 'waiting13WeeksPlus', d.waiting_13_weeks_plus,
                                 'populationShare', r.population_share)
                                 order by d.period_end)
                               from assessment_demand d
                               where d.la_code = r.la_code and d.need_category_code = r.need_category_code
                                 and d.cohort_code = r.cohort_code
                                 and (d.period_end = r.start_period_end
                                      or d.period_end between make_date(r.year, 4, 1) and ${needReadDate('r.year')})))
                   order by r.la_code) as places
          from page pg join dia_place_results r on ${match}
          where ${mine}
          group by pg.position)`,
        // ICS findings name the ICS's places without a return for the category, cohort and year: no data is not zero.
        `dia_explained_missing as materialized (
          select pg.position, jsonb_agg(sp.la_code order by sp.la_code) as missing
          from page pg join scope_places sp on sp.ics_code = pg.ics_code and ${inPeriod('sp', 'pg.year')}
          where ${mine} and pg.level = ${literal(GapLevel.ICS)}
            and not exists (select 1 from dia_place_figures f where f.ics_code = sp.ics_code and f.la_code = sp.la_code
                              and f.cohort_code = pg.cohort_code and f.need_category_code = pg.need_category_code
                              and f.year = pg.year)
          group by pg.position)`,
        ...apportionedLineCtes(level, diagnosticAssessment, APPORTIONMENT),
      ],
      select: `select pg.position, jsonb_build_object(
                 'placeShare', ${level === GapLevel.PLACE ? `p.places -> 0 -> 'populationShare'` : 'null'},
                 'clearanceYears', (select clearance_years from dia_settings),
                 'assessmentPlaces', p.places,
                 'placesWithoutReturns', ${level === GapLevel.ICS ? `coalesce(m.missing, '[]'::jsonb)` : 'null'},
                 'services', coalesce(l.lines, '[]'::jsonb)) as explanation
               from page pg
               join dia_explained_places p on p.position = pg.position
               left join dia_explained_missing m on m.position = pg.position
               left join dia_explained_lines l on l.position = pg.position
               where ${mine}`,
    };
  },
};
