import { findingsSelect, pageRowsOf, type GapDomainSpec } from './domain-spec.js';
import { GapLevel } from './GapLevel.js';

/**
 * Apportionment, the one rule behind every domain counted per place: an amount planned for a catchment
 * (a service's capacity, an ICS-wide housing line's bed-spaces) is shared over the cells it serves in
 * proportion to their need, equally when that need is 0, so place findings add up exactly to the ICS's.
 */
export interface Apportioned {
  /** Prefix of the CTE names (`svc`): `<prefix>_catchments`, `<prefix>_contributions`. */
  prefix: string;
  /** A CTE with one row per line × cell it serves, with the cell's `need` and the line's `amount` column. */
  cells: string;
  /** The columns that identify one line of `cells`, e.g. a service in a year. */
  line: readonly string[];
  /** The column of `cells` holding the line's whole amount. */
  amount: string;
}

/**
 * `<prefix>_contributions`: the rows of `cells` with `catchment_need` (the need the line is shared over)
 * and `apportioned` (the cell's part of the amount). The catchments are grouped on the line's keys,
 * which is cheaper than a window over the wide cell rows.
 */
export function apportionmentCtes({ prefix, cells, line, amount }: Apportioned): string[] {
  const keys = line.join(', ');
  return [
    `${prefix}_catchments as (
      select ${keys}, sum(need) as catchment_need, count(*) as catchment_cells
      from ${cells} group by ${keys})`,
    // Multiplying before dividing keeps whole-number shares exact in numeric.
    `${prefix}_contributions as (
      select c.*, t.catchment_need,
             case when t.catchment_need > 0 then c.${amount} * c.need / t.catchment_need
                  else c.${amount}::numeric / t.catchment_cells end as apportioned
      from ${cells} c join ${prefix}_catchments t on ${line.map((column) => `t.${column} = c.${column}`).join(' and ')})`,
  ];
}

/**
 * `name`: need and apportioned provision per place cell (`key`), from a CTE of place need and the
 * contributions. They meet in one grouping (rather than a full join), which plans the same everywhere;
 * kept narrow so it stays in memory for all of England.
 */
export function placeCellsCte(name: string, key: readonly string[], placeNeed: string, contributions: string): string {
  const columns = key.join(', ');
  return `${name} as (
    select ${columns}, sum(need)::numeric as need, sum(provision)::numeric as provision
    from (select ${columns}, need, 0 as provision from ${placeNeed}
          union all
          select ${columns}, 0, apportioned from ${contributions}) u
    group by ${columns})`;
}

/**
 * Findings of a domain counted per place (`from`, aliased `c`, has its place cells): the cells at PLACE
 * level; at ICS level their sums, so an ICS finding is exactly the sum of its places'. `dimensions` gives
 * the finding's cohort, category, stage and role columns it has, as SQL over `from`.
 */
export function placeSummedFindings(
  domain: GapDomainSpec,
  level: GapLevel,
  from: string,
  dimensions: { cohort_code?: string; need_category_code?: string; pathway_stage_code?: string; role?: string },
): string {
  if (level === GapLevel.PLACE) {
    return findingsSelect(domain, level, {
      ics_code: 'c.ics_code', la_code: 'c.la_code', ...dimensions, year: 'c.year', need: 'c.need', provision: 'c.provision',
    }, from);
  }
  const columns = { ics_code: 'c.ics_code', ...dimensions, year: 'c.year' };
  return findingsSelect(domain, level, { ...columns, need: 'sum(c.need)', provision: 'sum(c.provision)' }, from, Object.values(columns));
}

/** Matches a page row `pg` to a cell `c` of the same finding (at ICS level, every place of the ICS). */
export function sameFinding(level: GapLevel, key: readonly string[]): string {
  return key
    .filter((column) => level === GapLevel.PLACE || column !== 'la_code')
    .map((column) => `c.${column} = pg.${column}`)
    .join(' and ');
}

/** How the lines behind a finding are listed in its explanation. */
export interface ExplainedLines {
  /** The explanation's key for the list, e.g. `services`. */
  key: string;
  /** The contributions CTE (`c`), and any join naming more of a line (e.g. the service's code). */
  contributions: string;
  join?: string;
  /** The column identifying a line among the contributions. */
  line: string;
  /** The JSON keys describing a line, each with its SQL. */
  fields: Record<string, string>;
  /** The JSON key and SQL of the line's whole amount, and the JSON key of the part counted in the finding. */
  amount: { key: string; sql: string };
  apportionedKey: string;
  /** Order of the lines, over the JSON keys of `fields` (quoted). */
  orderBy: string;
}

/**
 * CTEs and a final select of `(position, explanation)` for the page rows `pg` of one apportioned domain:
 * each finding's places (need, provision, the share and the JSNA figure behind the need) and the lines
 * apportioned to it, with the basis and share of each.
 */
export function apportionedExplanation(
  level: GapLevel,
  domain: GapDomainSpec,
  spec: { prefix: string; key: readonly string[]; placeCells: string; lines: ExplainedLines },
): { ctes: string[]; select: string } {
  const { prefix, lines } = spec;
  const mine = pageRowsOf(domain);
  const match = sameFinding(level, spec.key);
  const fields = Object.entries(lines.fields);
  const rowColumns = [...fields.map(([key, sql]) => `${sql} as "${key}"`), `${lines.amount.sql} as amount`];
  const grouping = [lines.line, ...fields.map(([, sql]) => sql), lines.amount.sql, 'c.catchment_need'];
  return {
    ctes: [
      `${prefix}_explained_places as materialized (
        select pg.position,
               -- need is exactly people × share, so dividing gives the JSNA figure back without a lookup.
               jsonb_agg(jsonb_build_object('laCode', c.la_code, 'populationShare', sp.population_share,
                 'jsnaPeople', c.need / sp.population_share, 'need', c.need, 'provision', c.provision) order by c.la_code) as places
        from page pg
        join ${spec.placeCells} c on ${match}
        join scope_places sp on sp.ics_code = c.ics_code and sp.la_code = c.la_code
        where ${mine}
        group by pg.position)`,
      `${prefix}_explained_line_rows as materialized (
        select pg.position, ${rowColumns.join(', ')}, c.catchment_need, sum(c.apportioned) as apportioned
        from page pg
        join ${lines.contributions} c on ${match}
        ${lines.join ?? ''}
        where ${mine}
        group by pg.position, ${grouping.join(', ')})`,
      `${prefix}_explained_lines as materialized (
        select position,
               jsonb_agg(jsonb_build_object(${fields.map(([key]) => `'${key}', "${key}"`).join(', ')},
                 '${lines.amount.key}', amount, 'catchmentNeed', catchment_need,
                 'basis', case when catchment_need > 0 then 'NEED' else 'EQUAL_SPLIT' end,
                 'apportionedShare', case when amount > 0 then apportioned / amount end,
                 '${lines.apportionedKey}', apportioned) order by ${lines.orderBy}) as lines
        from ${prefix}_explained_line_rows group by position)`,
    ],
    select: `select p.position, jsonb_build_object(
               'placeShare', ${level === GapLevel.PLACE ? `p.places -> 0 -> 'populationShare'` : 'null'},
               'places', p.places,
               '${lines.key}', coalesce(l.lines, '[]'::jsonb)) as explanation
             from ${prefix}_explained_places p left join ${prefix}_explained_lines l using (position)`,
  };
}
