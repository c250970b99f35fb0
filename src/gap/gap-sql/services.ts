import { GapDomain, GapLevel, GapUnit } from '../gap-enums.js';
import { literal, type DomainSql } from './domain-sql.js';
import type { ScopeSql } from './scope.js';
import { apportionedExplanation, apportionmentCtes, placeCellsCte } from '../apportionment.sql.js';

const CELL_KEY = ['ics_code', 'la_code', 'cohort_code', 'need_category_code', 'pathway_stage_code', 'year'];

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
    ...apportionmentCtes({ prefix: 'svc', cells: 'svc_cells', line: ['service_id', 'year'], amount: 'capacity_people' }),
    placeCellsCte('svc_place_cells', CELL_KEY, 'svc_place_need', 'svc_contributions'),
  ];
}

export const servicesSql: DomainSql = {
  domain: GapDomain.SERVICES,
  levels: [GapLevel.ICS, GapLevel.PLACE],

  ctes: (scope) => serviceCellCtes(scope),

  findings(level) {
    const head = `${literal(GapDomain.SERVICES)} as domain, ${literal(level)} as level, ics_code`;
    const tail = `${literal(GapUnit.PEOPLE)} as unit`;
    if (level === GapLevel.PLACE) {
      return `select ${head}, la_code, cohort_code, need_category_code, pathway_stage_code, null::text as role, year,
                need, provision, ${tail}
              from svc_place_cells`;
    }
    return `select ${head}, null::text as la_code, cohort_code, need_category_code, pathway_stage_code, null::text as role,
              year, sum(need) as need, sum(provision) as provision, ${tail}
            from svc_place_cells
            group by ics_code, cohort_code, need_category_code, pathway_stage_code, year`;
  },

  explanation: (level) =>
    apportionedExplanation(level, {
      prefix: 'svc',
      mine: `pg.domain = ${literal(GapDomain.SERVICES)}`,
      key: CELL_KEY,
      placeCells: 'svc_place_cells',
      lines: {
        key: 'services',
        contributions: 'svc_contributions',
        join: 'join commissioned_services s on s.id = c.service_id',
        line: 'c.service_id',
        fields: { serviceCode: 's.service_code', catchmentLaCode: 's.la_code' },
        amount: { key: 'capacity', sql: 'c.capacity_people' },
        apportionedKey: 'apportionedPeople',
        orderBy: '"serviceCode"',
      },
    }),
};
