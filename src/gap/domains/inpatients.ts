import { applicableTargetCte } from '../../outcome/applicable-target.sql.js';
import { financialYearOf, groupPopulationCte } from '../../outcome/group-population.sql.js';
import { findingsSelect, pageRowsOf, type GapDomainSpec } from '../domain-spec.js';
import { GapLevel } from '../GapLevel.js';
import { GapUnit } from '../GapUnit.js';

const STAGE = 'SPECIALIST_INPATIENT';
const CELL = ['ics_code', 'population_group_code', 'year'];
const sameCell = (a: string, b: string) => CELL.map((column) => `${a}.${column} = ${b}.${column}`).join(' and ');

/**
 * INPATIENTS (ICS level only), per population group × year, against a trajectory rather than a need: the
 * applicable target (local before national, else carried forward; see applicable-target.sql.ts) as a headcount
 * ceiling, against the ICS's residents in hospital — for each commissioner, its inpatients at its last period
 * end in the year, summed. Which metric a census group is judged by is data (inpatient_census_metrics:
 * INPATIENTS_ADULT for AGE_18_PLUS, INPATIENTS_UNDER_18 for UNDER_18). Findings only where the ICS has census
 * rows in the year and a target applies. Graded by the excess over the ceiling (direction REDUCE).
 */
export const inpatients: GapDomainSpec<'INPATIENTS'> = {
  name: 'INPATIENTS',
  direction: 'REDUCE',
  description:
    "Inpatients (the ICS's residents in hospital, from the census) vs the applicable target as a headcount ceiling, " +
    'by population group (ICS level only). Lower is better: gap = inpatients − target.',
  unit: GapUnit.PEOPLE,
  stage: STAGE,
  rules: {
    [GapLevel.ICS]:
      "need = the applicable target as a headcount ceiling: a COUNT target as it is; a PER_MILLION target × the group's " +
      "population ÷ 1,000,000 (the group's population: the ICS's cohort populations × place share, by the overlap of " +
      "each cohort's ages with the group's). The applicable target: the latest due within the financial year, local " +
      'before national; if none is due within it, the latest due before it (local first on the same day), carried ' +
      'forward; none, no finding. provision = inpatients: for each commissioner, its count at its last period end in ' +
      'the year, summed. Only where the ICS has census rows in the year. gap = inpatients − target (positive is above ' +
      'the trajectory); coverage = target ÷ inpatients (1 when there are none); severity from the excess E = ' +
      'inpatients − target: NONE when E ≤ 0, LOW when E ≤ max(1, 0.10 × target), MEDIUM when E ≤ max(2, 0.33 × target), ' +
      'else HIGH; never CRITICAL.',
  },

  ctes: (scope) => [
    `inp_census as (
      select b.to_ics as ics_code, c.ics_code as named_ics_code, b.share as boundary_share, c.population_group_code,
             c.commissioner, c.period_end, c.inpatients * b.share as inpatients,
             c.total_los_5_years_plus * b.share as total_los_5_years_plus, c.outside_home_icb * b.share as outside_home_icb,
             c.admissions * b.share as admissions, c.transfers * b.share as transfers, c.discharges * b.share as discharges,
             c.cetr_due * b.share as cetr_due, c.cetr_on_time * b.share as cetr_on_time, c.status, y.year
      from inpatient_census c
      cross join lateral (select ${financialYearOf('c.period_end')} as year) y
      ${scope.countedIn('b', { ics: 'c.ics_code', year: 'y.year' })}
      where ${scope.yearIn('y.year')})`,
    // Each commissioner's return at its last period end in the year (a predecessor's returns stay its own).
    `inp_latest as (
      select distinct on (ics_code, named_ics_code, population_group_code, commissioner, year) *
      from inp_census order by ics_code, named_ics_code, population_group_code, commissioner, year, period_end desc)`,
    `inp_actual as (
      select l.ics_code, l.population_group_code, l.year, m.metric_code, sum(l.inpatients)::numeric as inpatients
      from inp_latest l join inpatient_census_metrics m on m.population_group_code = l.population_group_code
      group by l.ics_code, l.population_group_code, l.year, m.metric_code)`,
    applicableTargetCte('inp_target', 'inp_actual'),
    // On the boundaries of each finding's year.
    groupPopulationCte(
      'inp_group_population',
      `(select sp.ics_code, sp.la_code, sp.population_share, y.year
        from scope_places sp join (select distinct year from inp_actual) y on ${scope.inPeriod('sp', 'y.year')})`,
      { boundaryYear: true },
    ),
    // The group's population in the finding's year, else the nearest year held (the later of two as near).
    `inp_population as (
      select distinct on (a.ics_code, a.population_group_code, a.year) a.ics_code, a.population_group_code, a.year,
             gp.year as population_year, gp.people
      from inp_actual a join inp_group_population gp on gp.ics_code = a.ics_code and gp.group_code = a.population_group_code
        and gp.boundary_year = a.year
      order by a.ics_code, a.population_group_code, a.year, abs(gp.year - a.year), gp.year desc)`,
    `inp_cells as (
      select a.ics_code, a.population_group_code, a.year, a.metric_code, a.inpatients,
             t.target_value, t.unit, t.scope, t.due, t.source, t.carried_forward,
             coalesce(p.people, 0) as population, p.population_year,
             case when t.unit = 'COUNT' then t.target_value else t.target_value * coalesce(p.people, 0) / 1000000 end as ceiling,
             case when t.unit = 'PER_MILLION' then t.target_value else t.target_value * 1000000 / nullif(p.people, 0) end as target_rate,
             a.inpatients * 1000000 / nullif(p.people, 0) as actual_rate
      from inp_actual a
      join inp_target t on ${sameCell('t', 'a')} and t.metric_code = a.metric_code
      left join inp_population p on ${sameCell('p', 'a')}
      where t.unit in ('COUNT', 'PER_MILLION'))`,
  ],

  findings: (level) =>
    findingsSelect(inpatients, level, 'inp_cells', {
      ics_code: 'ics_code', pathway_stage_code: `'${STAGE}'::text`, year: 'year', population_group: 'population_group_code',
      need: 'ceiling', provision: 'inpatients', target_rate_per_million: 'target_rate', actual_rate_per_million: 'actual_rate',
    }),

  explanation: () => ({
    ctes: [
      `inp_explained_census as materialized (
        select pg.position, jsonb_agg(jsonb_build_object(
                 'icsCode', l.ics_code, 'populationGroup', l.population_group_code, 'commissioner', l.commissioner,
                 'periodEnd', l.period_end, 'year', l.year, 'inpatients', l.inpatients,
                 'totalLos5YearsPlus', l.total_los_5_years_plus, 'outsideHomeIcb', l.outside_home_icb,
                 'admissions', l.admissions, 'transfers', l.transfers, 'discharges', l.discharges,
                 'cetrDue', l.cetr_due, 'cetrOnTime', l.cetr_on_time, 'status', l.status) order by l.commissioner, l.named_ics_code) as rows
        from page pg join inp_latest l on l.ics_code = pg.ics_code and l.population_group_code = pg.population_group
          and l.year = pg.year
        where ${pageRowsOf(inpatients)}
        group by pg.position)`,
      // The ICS's commissioned inpatient beds: services at the stage running at any time in the year.
      `inp_explained_beds as materialized (
        select pg.position, jsonb_agg(jsonb_build_object(
                 'serviceCode', s.service_code, 'name', s.name, 'commissioner', s.commissioner, 'provider', s.provider,
                 'capacity', s.capacity_people, 'startDate', s.start_date, 'endDate', s.end_date) order by s.service_code) as beds
        from page pg join commissioned_services s on s.ics_code = pg.ics_code and s.pathway_stage_code = '${STAGE}'
          and s.start_date <= make_date(pg.year + 1, 3, 31) and (s.end_date is null or s.end_date >= make_date(pg.year, 4, 1))
        where ${pageRowsOf(inpatients)}
        group by pg.position)`,
    ],
    select: `select pg.position, jsonb_build_object(
               'target', jsonb_build_object('metricCode', c.metric_code, 'populationGroup', c.population_group_code,
                 'value', c.target_value, 'unit', c.unit, 'scope', c.scope, 'due', c.due, 'source', c.source,
                 'carriedForward', c.carried_forward),
               'census', coalesce(ce.rows, '[]'::jsonb),
               'groupPopulation', c.population, 'groupPopulationYear', c.population_year,
               'inpatientBeds', coalesce(b.beds, '[]'::jsonb)) as explanation
             from page pg
             join inp_cells c on c.ics_code = pg.ics_code and c.population_group_code = pg.population_group and c.year = pg.year
             left join inp_explained_census ce on ce.position = pg.position
             left join inp_explained_beds b on b.position = pg.position
             where ${pageRowsOf(inpatients)}`,
  }),
};
