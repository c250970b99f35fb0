import { GapDomain, GapLevel, GapUnit } from '../gap-enums.js';
import { literal, type DomainSql } from './domain-sql.js';

/** The stage whose JSNA need is need for accommodation with support. */
export const HOUSING_STAGE = 'HOUSING_AND_ACCOMMODATION';

const CELL_KEY = ['ics_code', 'la_code', 'cohort_code', 'year'];

function sameFinding(level: GapLevel): string {
  return [
    'c.ics_code = pg.ics_code',
    ...(level === GapLevel.PLACE ? ['c.la_code = pg.la_code'] : []),
    'c.cohort_code = pg.cohort_code',
    'c.year = pg.year',
  ].join(' and ');
}

/**
 * HOUSING: need is the JSNA's HOUSING_AND_ACCOMMODATION people summed over need categories, per place ×
 * cohort × year; provision is housing-plan bed-spaces. ICS-wide lines are apportioned to places in
 * proportion to the places' need in the line's cohort and year (equally when that need is 0).
 */
export const housingSql: DomainSql = {
  domain: GapDomain.HOUSING,
  levels: [GapLevel.ICS, GapLevel.PLACE],

  ctes: (scope, params) => {
    const stage = params.add(HOUSING_STAGE, 'text');
    const key = CELL_KEY.join(', ');
    return [
      `hsg_place_need as (
        select sp.ics_code, sp.la_code, n.cohort_code, n.year, sp.population_share,
               sum(n.people) as la_people, sum(n.people) * sp.population_share as need
        from assessed_needs n join scope_places sp on sp.la_code = n.la_code
        where n.pathway_stage_code = ${stage} and ${scope.yearIn('n.year')}
        group by sp.ics_code, sp.la_code, sp.population_share, n.cohort_code, n.year)`,
      `hsg_cells as (
        select h.id as line_id, h.la_code as line_la_code, h.accommodation_type, h.bed_spaces,
               sp.ics_code, sp.la_code, sp.population_share, h.cohort_code, h.year, coalesce(pn.need, 0) as need
        from housing_plan_lines h
        join scope_places sp on sp.ics_code = h.ics_code and (h.la_code is null or sp.la_code = h.la_code)
        left join hsg_place_need pn on pn.ics_code = sp.ics_code and pn.la_code = sp.la_code
          and pn.cohort_code = h.cohort_code and pn.year = h.year
        where ${scope.yearIn('h.year')})`,
      `hsg_contributions as (
        select c.*, case when c.catchment_need > 0 then c.bed_spaces * c.need / c.catchment_need
                         else c.bed_spaces::numeric / c.catchment_cells end as apportioned
        from (select c.*, sum(c.need) over w as catchment_need, count(*) over w as catchment_cells
              from hsg_cells c window w as (partition by c.line_id)) c)`,
      `hsg_place_cells as (
        select ${key}, max(population_share) as population_share, sum(la_people) as la_people,
               sum(need)::numeric as need, sum(provision)::numeric as provision
        from (select ${key}, population_share, la_people, need, 0 as provision from hsg_place_need
              union all
              select ${key}, population_share, 0, 0, apportioned from hsg_contributions) u
        group by ${key})`,
      `hsg_stage as (select ${stage} as pathway_stage_code)`,
    ];
  },

  findings(level) {
    const head = `${literal(GapDomain.HOUSING)} as domain, ${literal(level)} as level, c.ics_code`;
    const tail = `${literal(GapUnit.BED_SPACES)} as unit`;
    if (level === GapLevel.PLACE) {
      return `select ${head}, c.la_code, c.cohort_code, null::text as need_category_code, s.pathway_stage_code,
                null::text as role, c.year, c.need, c.provision, ${tail}
              from hsg_place_cells c cross join hsg_stage s`;
    }
    return `select ${head}, null::text as la_code, c.cohort_code, null::text as need_category_code, s.pathway_stage_code,
              null::text as role, c.year, sum(c.need) as need, sum(c.provision) as provision, ${tail}
            from hsg_place_cells c cross join hsg_stage s
            group by c.ics_code, c.cohort_code, s.pathway_stage_code, c.year`;
  },

  explanation(level) {
    const mine = `pg.domain = ${literal(GapDomain.HOUSING)}`;
    return {
      ctes: [
        `hsg_explained_places as materialized (
          select pg.position,
                 jsonb_agg(jsonb_build_object('laCode', c.la_code, 'populationShare', c.population_share,
                   'jsnaPeople', c.la_people, 'need', c.need, 'provision', c.provision) order by c.la_code) as places
          from page pg join hsg_place_cells c on ${sameFinding(level)}
          where ${mine}
          group by pg.position)`,
        `hsg_explained_line_rows as materialized (
          select pg.position, c.line_la_code, c.accommodation_type, c.bed_spaces, c.catchment_need,
                 sum(c.apportioned) as apportioned
          from page pg join hsg_contributions c on ${sameFinding(level)}
          where ${mine}
          group by pg.position, c.line_id, c.line_la_code, c.accommodation_type, c.bed_spaces, c.catchment_need)`,
        `hsg_explained_lines as materialized (
          select position,
                 jsonb_agg(jsonb_build_object('laCode', line_la_code, 'accommodationType', accommodation_type,
                   'bedSpaces', bed_spaces, 'catchmentNeed', catchment_need,
                   'basis', case when catchment_need > 0 then 'NEED' else 'EQUAL_SPLIT' end,
                   'apportionedShare', case when bed_spaces > 0 then apportioned / bed_spaces end,
                   'apportionedBedSpaces', apportioned)
                   order by line_la_code nulls first, accommodation_type) as lines
          from hsg_explained_line_rows group by position)`,
      ],
      select: `select p.position, jsonb_build_object(
                 'placeShare', ${level === GapLevel.PLACE ? `p.places -> 0 -> 'populationShare'` : 'null'},
                 'places', p.places,
                 'housingLines', coalesce(l.lines, '[]'::jsonb)) as explanation
               from hsg_explained_places p left join hsg_explained_lines l using (position)`,
    };
  },
};
