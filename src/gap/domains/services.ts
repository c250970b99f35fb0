import { apportionedExplanation, apportionmentCtes, placeSummedFindings, type Apportionment } from '../apportionment.sql.js';
import type { GapDomainSpec } from '../domain-spec.js';
import { GapLevel } from '../GapLevel.js';
import { MEET_NEED_STAGE, REDUCE_RULE } from '../stage-direction.sql.js';
import { GapUnit } from '../GapUnit.js';
import type { ScopeSql } from '../scope.sql.js';

/** A service's capacity, shared over the place × cohort × category cells it serves in a year. */
const APPORTIONMENT: Apportionment = {
  prefix: 'svc',
  key: ['ics_code', 'la_code', 'cohort_code', 'need_category_code', 'pathway_stage_code', 'year'],
  line: ['service_id', 'year'],
  amount: 'capacity_people',
  explained: {
    key: 'services',
    fields: { serviceCode: 's.service_code', catchmentLaCode: 's.la_code' },
    join: 'join commissioned_services s on s.id = c.service_id',
    amount: 'capacity', apportioned: 'apportionedPeople', orderBy: '"serviceCode"',
  },
};

/**
 * The CTEs computing SERVICES at place level, also used by the pathway and cohort projection:
 * - svc_place_need: place need = local-authority JSNA people × place share.
 * - svc_contributions: one row per service × year active × place of its catchment × cohort × category it
 *   serves, with its capacity apportioned over those cells in proportion to their need (equally when the
 *   catchment's need is 0). One rule covers ICS-wide services and services for several cohorts/categories.
 * - svc_place_cells: need and apportioned provision per place × cohort × category × stage × year.
 */
export function serviceCellCtes(scope: ScopeSql): string[] {
  return [
    `svc_place_need as (
      select sp.ics_code, sp.la_code, n.cohort_code, n.need_category_code, n.pathway_stage_code, n.year,
             n.people * sp.population_share as need
      from assessed_needs n join scope_places sp on sp.la_code = n.la_code
      where ${scope.stageIs('n.pathway_stage_code')} and ${scope.yearIn('n.year')})`,
    // A service is active in financial year Y when its dates overlap 1 April Y – 31 March Y+1. Need is
    // read from assessed_needs itself (not svc_place_need) so the planner can use its natural-key index.
    `svc_cells as (
      select s.id as service_id, s.capacity_people, sp.ics_code, sp.la_code, sc.cohort_code,
             snc.need_category_code, s.pathway_stage_code, y.year,
             coalesce(n.people * sp.population_share, 0) as need
      from commissioned_services s
      join scope_places sp on sp.ics_code = s.ics_code and (s.la_code is null or sp.la_code = s.la_code)
      join need_years y on s.start_date <= make_date(y.year + 1, 3, 31)
                       and (s.end_date is null or s.end_date >= make_date(y.year, 4, 1))
      join commissioned_service_cohorts sc on sc.service_id = s.id
      join commissioned_service_need_categories snc on snc.service_id = s.id
      left join assessed_needs n on n.la_code = sp.la_code and n.cohort_code = sc.cohort_code
        and n.need_category_code = snc.need_category_code and n.pathway_stage_code = s.pathway_stage_code
        and n.year = y.year
      where ${scope.stageIs('s.pathway_stage_code')})`,
    ...apportionmentCtes(APPORTIONMENT),
  ];
}

const APPORTIONED =
  'Capacity of a service is apportioned over every place of its catchment × cohort × need category it serves, ' +
  'in proportion to need there (equally when its catchment has no need at its stage in the year).';

/** SERVICES: JSNA people at a stage against the apportioned capacity of services active in the year. */
export const services: GapDomainSpec<'SERVICES'> = {
  name: 'SERVICES',
  description: 'JSNA people needing support at a stage vs capacity (people) of commissioned services active in the year.',
  unit: GapUnit.PEOPLE,
  rules: {
    [GapLevel.ICS]:
      "need and provision are the sums of the ICS's place findings (see places); coverage and severity come from the sums. " +
      `Place need = JSNA people × place share. ${APPORTIONED} ${REDUCE_RULE}`,
    [GapLevel.PLACE]:
      'need = JSNA people of the local authority × place share. provision = apportioned capacity of services at this stage, ' +
      `active in the financial year (dates overlap 1 April–31 March), serving this cohort and need category. ${APPORTIONED} ${REDUCE_RULE}`,
  },

  ctes: (scope) => serviceCellCtes(scope),

  findings: (level) =>
    placeSummedFindings(services, level, `svc_place_cells c ${MEET_NEED_STAGE('c.pathway_stage_code')}`, {
      cohort_code: 'c.cohort_code', need_category_code: 'c.need_category_code', pathway_stage_code: 'c.pathway_stage_code',
    }),

  explanation: (level) => apportionedExplanation(level, services, APPORTIONMENT),
};
