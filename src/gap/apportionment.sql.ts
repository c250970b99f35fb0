import { inPeriod } from '../organisation/boundaries.sql.js';
import { findingsSelect, pageRowsOf, type GapDomainSpec } from './domain-spec.js';
import { GapLevel } from './GapLevel.js';

/**
 * Apportionment, the one rule behind every domain counted per place: an amount planned for a catchment
 * (a service's capacity, an ICS-wide housing line's bed-spaces) is shared over the place cells it serves
 * in proportion to their need, equally when that need is 0, so place findings add up exactly to the ICS's.
 */
export interface Apportionment {
  /**
   * Prefix of the CTE names. The domain writes `<prefix>_place_need` (need per place cell) and
   * `<prefix>_cells` (one row per line × place cell it serves, with the cell's `need`); this module adds
   * `<prefix>_catchments`, `<prefix>_contributions` and `<prefix>_place_cells`.
   */
  prefix: string;
  /** The columns of a place cell, e.g. ics_code, la_code, cohort_code, year. */
  key: readonly string[];
  /** The columns of `<prefix>_cells` identifying one line (e.g. a service in a year), and its whole amount. */
  line: readonly string[];
  amount: string;
  /** How a finding's explanation lists the lines counted in it. */
  explained: ExplainedLines;
  /**
   * More about each place in the explanation (e.g. where its need was read from): JSON keys as SQL over the place
   * cell `c`, its place `sp` and the tables `join` adds; a key named like a standard one replaces it.
   */
  placeDetails?: { join: string; fields: Record<string, string> };
}

export interface ExplainedLines {
  /** The explanation's key for the list, e.g. `services`. */
  key: string;
  /** The JSON keys describing a line, each as SQL over the contributions `c` and the `join`. */
  fields: Record<string, string>;
  join?: string;
  /** JSON keys of the line's whole amount and of its part counted in the finding. */
  amount: string;
  apportioned: string;
  /** Order of the lines, over the JSON keys of `fields` (quoted). */
  orderBy: string;
}

/**
 * `<prefix>_contributions`: the rows of `<prefix>_cells` with `catchment_need` (the need the line is
 * shared over) and `apportioned` (the cell's part of its amount); then `<prefix>_place_cells`, need and
 * apportioned provision per place cell. The catchments are grouped on the line's columns, which is
 * cheaper than a window over the wide cell rows.
 */
export function apportionmentCtes({ prefix, key, line, amount }: Apportionment): string[] {
  const lineColumns = line.join(', ');
  const cellColumns = key.join(', ');
  return [
    `${prefix}_catchments as (
      select ${lineColumns}, sum(need) as catchment_need, count(*) as catchment_cells
      from ${prefix}_cells group by ${lineColumns})`,
    // Multiplying before dividing keeps whole-number shares exact in numeric.
    `${prefix}_contributions as (
      select c.*, t.catchment_need,
             case when t.catchment_need > 0 then c.${amount} * c.need / t.catchment_need
                  else c.${amount}::numeric / t.catchment_cells end as apportioned
      from ${prefix}_cells c join ${prefix}_catchments t on ${line.map((column) => `t.${column} = c.${column}`).join(' and ')})`,
    // Need and provision meet in one grouping (rather than a full join), which plans the same everywhere;
    // kept narrow so it stays in memory for all of England.
    `${prefix}_place_cells as (
      select ${cellColumns}, sum(need)::numeric as need, sum(provision)::numeric as provision
      from (select ${cellColumns}, need, 0 as provision from ${prefix}_place_need
            union all
            select ${cellColumns}, 0, apportioned from ${prefix}_contributions) u
      group by ${cellColumns})`,
  ];
}

/**
 * Findings of a domain counted per place (`from`, aliased `c`, has its place cells): the cells at PLACE
 * level; at ICS level their sums, so an ICS finding is exactly the sum of its places'. `dimensions` gives
 * the finding's cohort, category, stage, role and basis columns it has, as SQL over `from`; `constants`
 * outputs the same for every finding of the domain (e.g. its need source).
 */
export function placeSummedFindings(
  domain: GapDomainSpec,
  level: GapLevel,
  from: string,
  dimensions: { cohort_code?: string; need_category_code?: string; pathway_stage_code?: string; role?: string; basis?: string },
  constants: { need_source?: string } = {},
): string {
  if (level === GapLevel.PLACE) {
    return findingsSelect(domain, level, from, {
      ics_code: 'c.ics_code', la_code: 'c.la_code', ...dimensions, year: 'c.year', need: 'c.need', provision: 'c.provision',
      ...constants,
    });
  }
  const columns = { ics_code: 'c.ics_code', ...dimensions, year: 'c.year' };
  return findingsSelect(
    domain, level, from, { ...columns, need: 'sum(c.need)', provision: 'sum(c.provision)', ...constants }, Object.values(columns),
  );
}

/** Matches a page row `pg` to a cell `c` of the same finding (at ICS level, every place of the ICS). */
function sameFinding(level: GapLevel, key: readonly string[]): string {
  return key
    .filter((column) => level === GapLevel.PLACE || column !== 'la_code')
    .map((column) => `c.${column} = pg.${column}`)
    .join(' and ');
}

/**
 * CTEs and a final select of `(position, explanation)` for the page rows `pg` of one apportioned domain:
 * each finding's places (need, provision, the share and the JSNA figure behind the need) and the lines
 * apportioned to it, with the basis and share of each.
 */
export function apportionedExplanation(
  level: GapLevel,
  domain: GapDomainSpec,
  apportionment: Apportionment,
): { ctes: string[]; select: string } {
  const { prefix, key, explained: lines, placeDetails } = apportionment;
  // need is exactly people × share, so dividing gives the JSNA figure back without a lookup.
  const placeFields: Record<string, string> = {
    laCode: 'c.la_code', populationShare: 'sp.population_share', jsnaPeople: 'c.need / sp.population_share',
    need: 'c.need', provision: 'c.provision', ...placeDetails?.fields,
  };
  return {
    ctes: [
      `${prefix}_explained_places as materialized (
        select pg.position,
               jsonb_agg(jsonb_build_object(${Object.entries(placeFields).map(([name, sql]) => `'${name}', ${sql}`).join(', ')})
                 order by c.la_code) as places
        from page pg
        join ${prefix}_place_cells c on ${sameFinding(level, key)}
        join scope_places sp on sp.ics_code = c.ics_code and sp.la_code = c.la_code and ${inPeriod('sp', 'c.year')}
        ${placeDetails?.join ?? ''}
        where ${pageRowsOf(domain)}
        group by pg.position)`,
      ...apportionedLineCtes(level, domain, apportionment),
    ],
    select: `select p.position, jsonb_build_object(
               'placeShare', ${level === GapLevel.PLACE ? `p.places -> 0 -> 'populationShare'` : 'null'},
               'places', p.places,
               '${lines.key}', coalesce(l.lines, '[]'::jsonb)) as explanation
             from ${prefix}_explained_places p left join ${prefix}_explained_lines l using (position)`,
  };
}

/**
 * CTEs ending in `<prefix>_explained_lines (position, lines jsonb)`: for the page rows `pg` of one apportioned
 * domain, the lines apportioned to each finding, with the basis and share of each.
 */
export function apportionedLineCtes(
  level: GapLevel,
  domain: GapDomainSpec,
  { prefix, key, line, amount, explained: lines }: Apportionment,
): string[] {
  const mine = pageRowsOf(domain);
  const match = sameFinding(level, key);
  const fields = Object.entries(lines.fields);
  const rowColumns = [...fields.map(([name, sql]) => `${sql} as "${name}"`), `c.${amount} as amount`];
  const grouping = [...line.map((column) => `c.${column}`), ...fields.map(([, sql]) => sql), `c.${amount}`, 'c.catchment_need'];
  return [
    `${prefix}_explained_line_rows as materialized (
      select pg.position, ${rowColumns.join(', ')}, c.catchment_need, sum(c.apportioned) as apportioned
      from page pg
      join ${prefix}_contributions c on ${match}
      ${lines.join ?? ''}
      where ${mine}
      group by pg.position, ${grouping.join(', ')})`,
    `${prefix}_explained_lines as materialized (
      select position,
             jsonb_agg(jsonb_build_object(${fields.map(([name]) => `'${name}', "${name}"`).join(', ')},
               '${lines.amount}', amount, 'catchmentNeed', catchment_need,
               'basis', case when catchment_need > 0 then 'NEED' else 'EQUAL_SPLIT' end,
               'apportionedShare', case when amount > 0 then apportioned / amount end,
               '${lines.apportioned}', apportioned) order by ${lines.orderBy}) as lines
      from ${prefix}_explained_line_rows group by position)`,
  ];
}
