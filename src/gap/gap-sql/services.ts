import { GapDomain, GapLevel, GapUnit } from '../gap-enums.js';
import { literal, type DomainSql } from './domain-sql.js';
import type { ScopeSql } from './scope.js';

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
  const key = CELL_KEY.join(', ');
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
    // What each service's capacity is apportioned over, per year: grouped on integer keys, which is
    // cheaper than a window over the wide cell rows.
    `svc_catchments as (
      select service_id, year, sum(need) as catchment_need, count(*) as catchment_cells
      from svc_cells group by service_id, year)`,
    // Multiplying before dividing keeps whole-number shares exact in numeric.
    `svc_contributions as (
      select c.*, t.catchment_need,
             case when t.catchment_need > 0 then c.capacity_people * c.need / t.catchment_need
                  else c.capacity_people::numeric / t.catchment_cells end as apportioned
      from svc_cells c join svc_catchments t on t.service_id = c.service_id and t.year = c.year)`,
    // Need and provision meet in one grouping (rather than a full join), which plans the same everywhere;
    // kept narrow so it stays in memory for all of England.
    `svc_place_cells as (
      select ${key}, sum(need)::numeric as need, sum(provision)::numeric as provision
      from (select ${key}, need, 0 as provision from svc_place_need
            union all
            select ${key}, 0, apportioned from svc_contributions) u
      group by ${key})`,
  ];
}

/** Matches a page row `pg` to a cell `c` of the same finding (at ICS level, every place of the ICS). */
function sameFinding(level: GapLevel): string {
  return [
    'c.ics_code = pg.ics_code',
    ...(level === GapLevel.PLACE ? ['c.la_code = pg.la_code'] : []),
    'c.cohort_code = pg.cohort_code',
    'c.need_category_code = pg.need_category_code',
    'c.pathway_stage_code = pg.pathway_stage_code',
    'c.year = pg.year',
  ].join(' and ');
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

  explanation(level) {
    const mine = `pg.domain = ${literal(GapDomain.SERVICES)}`;
    return {
      ctes: [
        `svc_explained_places as materialized (
          select pg.position,
                 -- need is exactly people × share, so dividing gives the JSNA figure back without a lookup.
                 jsonb_agg(jsonb_build_object('laCode', c.la_code, 'populationShare', sp.population_share,
                   'jsnaPeople', c.need / sp.population_share, 'need', c.need, 'provision', c.provision) order by c.la_code) as places
          from page pg
          join svc_place_cells c on ${sameFinding(level)}
          join scope_places sp on sp.ics_code = c.ics_code and sp.la_code = c.la_code
          where ${mine}
          group by pg.position)`,
        `svc_explained_service_rows as materialized (
          select pg.position, s.service_code, s.la_code as catchment_la_code, c.capacity_people, c.catchment_need,
                 sum(c.apportioned) as apportioned
          from page pg
          join svc_contributions c on ${sameFinding(level)}
          join commissioned_services s on s.id = c.service_id
          where ${mine}
          group by pg.position, c.service_id, s.service_code, s.la_code, c.capacity_people, c.catchment_need)`,
        `svc_explained_services as materialized (
          select position,
                 jsonb_agg(jsonb_build_object('serviceCode', service_code, 'catchmentLaCode', catchment_la_code,
                   'capacity', capacity_people, 'catchmentNeed', catchment_need,
                   'basis', case when catchment_need > 0 then 'NEED' else 'EQUAL_SPLIT' end,
                   'apportionedShare', case when capacity_people > 0 then apportioned / capacity_people end,
                   'apportionedPeople', apportioned) order by service_code) as services
          from svc_explained_service_rows group by position)`,
      ],
      select: `select p.position, jsonb_build_object(
                 'placeShare', ${level === GapLevel.PLACE ? `p.places -> 0 -> 'populationShare'` : 'null'},
                 'places', p.places,
                 'services', coalesce(s.services, '[]'::jsonb)) as explanation
               from svc_explained_places p left join svc_explained_services s using (position)`,
    };
  },
};
