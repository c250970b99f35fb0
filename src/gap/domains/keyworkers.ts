import { inPeriod } from '../../organisation/boundaries.sql.js';
import { REGISTER_STAGE } from '../../dsr/crisis-need.sql.js';
import { financialYearOf } from '../../outcome/group-population.sql.js';
import { placeSummedFindings } from '../apportionment.sql.js';
import { literal, pageRowsOf, type GapDomainSpec } from '../domain-spec.js';
import { GapLevel } from '../GapLevel.js';
import { GapUnit } from '../GapUnit.js';

const WHO =
  'need = people on the dynamic support register rated RED, AMBER or BLUE in a cohort aged 0–25 (cohorts whose ages end ' +
  'by 25: up to YOUNG_ADULTS_18_25), summed over need categories, at the last period end in the year whose lines give ' +
  'keyworkers; provision = of those, people with a keyworker allocated (red, amber and blue with keyworker). Only register ' +
  'lines with all three keyworker columns filled count, and only in their own year (no carry-forward): no return is not zero.';

/**
 * KEYWORKERS: does every child and young person at risk of admission have a keyworker? From the dynamic support
 * register's lines that return keyworkers, per place (and ICS) × cohort aged 0–25 × year, at the place's last such
 * period end in the year. Findings only where such lines exist; an ICS finding sums the places that have them and its
 * explanation names those without. The explanation also lists the KEYWORKER services and their caseload.
 */
export const keyworkers: GapDomainSpec<'KEYWORKERS'> = {
  name: 'KEYWORKERS',
  description:
    'Children and young people (0–25) at risk of admission or in hospital on the dynamic support register (RED + AMBER + BLUE) ' +
    'vs those of them with a keyworker allocated.',
  unit: GapUnit.PEOPLE,
  stage: REGISTER_STAGE,
  rules: {
    [GapLevel.ICS]:
      `${WHO} An ICS finding sums the places with such lines in the year; the places without them are named ` +
      '(placesWithoutRegister) and not counted. Each place is read at its own last period end.',
    [GapLevel.PLACE]: `${WHO} Register lines name the ICS, so they count in full (no place share).`,
  },

  ctes: (scope, params) => {
    const stage = params.add(REGISTER_STAGE, 'text');
    const year = financialYearOf('r.period_end');
    return [
      // A line naming an ICS abolished by the year's boundary date counts, in full, to the successor holding its place.
      `kw_lines as (
        select rb.to_ics as ics_code, r.la_code, r.cohort_code, r.need_category_code, r.period_end, ${year} as year,
               r.red, r.amber, r.green, r.blue, r.red_with_keyworker, r.amber_with_keyworker, r.blue_with_keyworker
        from dynamic_support_register r
        join cohorts co on co.code = r.cohort_code and co.max_age <= 25
        ${scope.countedIn('rb', { ics: 'r.ics_code', year, la: 'r.la_code' })}
        where exists (select 1 from scope_places sp where sp.ics_code = rb.to_ics and sp.la_code = r.la_code
                        and ${scope.inPeriod('sp', year)})
          and r.red_with_keyworker is not null and r.amber_with_keyworker is not null and r.blue_with_keyworker is not null
          and ${scope.yearIn(year)} and ${scope.stageIs(stage)})`,
      // Each place's last period end in the year with keyworkers returned.
      `kw_latest as (
        select l.* from kw_lines l
        where l.period_end = (select max(m.period_end) from kw_lines m
          where m.ics_code = l.ics_code and m.la_code = l.la_code and m.year = l.year))`,
      `kw_place_cells as (
        select ics_code, la_code, cohort_code, year, max(period_end) as period_end,
               sum(red + amber + blue)::numeric as need,
               sum(red_with_keyworker + amber_with_keyworker + blue_with_keyworker)::numeric as provision
        from kw_latest group by ics_code, la_code, cohort_code, year)`,
      `kw_stage as (select ${stage} as pathway_stage_code)`,
    ];
  },

  findings: (level) =>
    placeSummedFindings(
      keyworkers,
      level,
      'kw_place_cells c cross join kw_stage s',
      { cohort_code: 'c.cohort_code', pathway_stage_code: 's.pathway_stage_code' },
      { need_source: literal('DSR') },
    ),

  explanation: (level) => {
    const mine = pageRowsOf(keyworkers);
    const samePlaces = `l.ics_code = pg.ics_code${level === GapLevel.PLACE ? ' and l.la_code = pg.la_code' : ''}`;
    return {
      ctes: [
        `kw_explained_lines as materialized (
          select pg.position, max(l.period_end) as period_end,
                 jsonb_agg(jsonb_build_object('icsCode', l.ics_code, 'laCode', l.la_code, 'cohort', l.cohort_code,
                   'needCategory', l.need_category_code, 'periodEnd', l.period_end, 'year', l.year, 'red', l.red,
                   'amber', l.amber, 'green', l.green, 'blue', l.blue, 'redWithKeyworker', l.red_with_keyworker,
                   'amberWithKeyworker', l.amber_with_keyworker, 'blueWithKeyworker', l.blue_with_keyworker)
                   order by l.la_code, nc.sort_order, l.need_category_code) as lines
          from page pg
          join kw_latest l on ${samePlaces} and l.cohort_code = pg.cohort_code and l.year = pg.year
          join need_categories nc on nc.code = l.need_category_code
          where ${mine}
          group by pg.position)`,
        // The ICS's places with no keyworker lines in the year: not counted, and said so.
        `kw_explained_missing as materialized (
          select pg.position, jsonb_agg(distinct sp.la_code) as places
          from page pg join scope_places sp on sp.ics_code = pg.ics_code and ${inPeriod('sp', 'pg.year')}
          where ${mine} and not exists (select 1 from kw_latest l where l.ics_code = sp.ics_code and l.la_code = sp.la_code
            and l.year = pg.year)
          group by pg.position)`,
        // KEYWORKER services of the ICS serving the cohort (and, for a place, serving it) on the period end read.
        `kw_explained_services as materialized (
          select e.position, sum(s.capacity_people) as caseload,
                 jsonb_agg(jsonb_build_object('serviceCode', s.service_code, 'name', s.name, 'catchmentLaCode', s.la_code,
                   'capacityPeople', s.capacity_people, 'startDate', s.start_date, 'endDate', s.end_date)
                   order by s.service_code) as services
          from kw_explained_lines e
          join page pg on pg.position = e.position
          join commissioned_services s on s.ics_code = pg.ics_code and s.service_type_code = 'KEYWORKER'
            ${level === GapLevel.PLACE ? 'and (s.la_code is null or s.la_code = pg.la_code)' : ''}
            and s.start_date <= e.period_end and (s.end_date is null or s.end_date >= e.period_end)
          where exists (select 1 from commissioned_service_cohorts sc where sc.service_id = s.id and sc.cohort_code = pg.cohort_code)
          group by e.position)`,
      ],
      select: `select pg.position, jsonb_build_object(
                 'dsrPeriodEnd', l.period_end,
                 'dsrLines', coalesce(l.lines, '[]'::jsonb),
                 'placesWithoutRegister', ${level === GapLevel.ICS ? `coalesce(m.places, '[]'::jsonb)` : 'null'},
                 'keyworkerServices', coalesce(s.services, '[]'::jsonb),
                 'keyworkerCaseload', coalesce(s.caseload, 0)) as explanation
               from page pg
               left join kw_explained_lines l on l.position = pg.position
               left join kw_explained_missing m on m.position = pg.position
               left join kw_explained_services s on s.position = pg.position
               where ${mine}`,
    };
  },
};
