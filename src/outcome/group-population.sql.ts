/**
 * The population of every population group (UNDER_18, AGE_18_PLUS, …) per ICS and financial year, from the
 * cohort populations of population.csv: each authority's cohort people × the place's share, × the part of the
 * cohort's age band inside the group's ages (single years of age spread evenly; an open-ended band counted to
 * its `counted_max_age`, 89 for 65+, as everywhere years of age are counted). Nothing assumes where cohorts are split: a cohort straddling 18 (14–25) gives 4/12 of its people to
 * UNDER_18 and 8/12 to AGE_18_PLUS; cohorts split at 18 give each group whole cohorts.
 *
 * `places` is a from-item with `ics_code`, `la_code` and `population_share` (the ICSs asked for). The CTE
 * `name` has `ics_code`, `year`, `group_code` and `people`; with `boundaryYear`, `places` has a `year` (the
 * financial year whose boundaries they are, see organisation/boundaries.sql.ts) and the CTE a `boundary_year`.
 */
export function groupPopulationCte(name: string, places: string, { boundaryYear = false } = {}): string {
  const [boundary, byBoundary] = boundaryYear ? ['p.year as boundary_year, ', 'p.year, '] : ['', ''];
  return `${name} as (
    select p.ics_code, ${boundary}e.year, g.code as group_code,
           sum(e.people * p.population_share
               * greatest(0, least(c.counted_max_age, coalesce(g.max_age, c.counted_max_age)) - greatest(c.min_age, g.min_age) + 1)
               / (c.counted_max_age - c.min_age + 1)) as people
    from population_estimates e
    join ${places} p on p.la_code = e.la_code
    join cohorts c on c.code = e.cohort_code
    cross join population_groups g
    group by p.ics_code, ${byBoundary}e.year, g.code)`;
}

/** SQL for the financial year (1 April–31 March) a date falls in, by its starting calendar year. */
export const financialYearOf = (date: string): string =>
  `(extract(year from ${date})::int - case when extract(month from ${date}) < 4 then 1 else 0 end)`;
