import type { SqlRunner as Sql } from '../db/sql.js';
import type { KnownCodes } from './known.js';
import type { FileProblem } from './spec.js';

interface PlaceFields {
  ics_code: string;
  la_code: string;
  population_share: string;
  valid_from: string | null;
  valid_to: string | null;
}

interface OverOne {
  la_code: string;
  name: string | null;
  at: string | null;
  total: string;
  parts: string;
}

/** How a message names the date shares go over 1 at: a day, or "since always" for places without a start. */
export const atDate = (at: string | null) => (at === null ? 'since always' : `on ${at}`);

/**
 * One authority's population shares across all ICSs sum to at most 1 at each date (DOMAIN.md v2), where a
 * place counts from its `valid_from` to its `valid_to` (inclusive; null: since always / still valid). A sum
 * can only rise where a period starts, so it is checked at each start ("since always" first) and the first
 * date over 1 is named. The file's places replace the stored ones of the same key (ICS, authority, start);
 * stored places of other keys still count. Summed in SQL numeric, so `0.86 + 0.14` is exactly 1. Written
 * rows of this import are in `places` already, which is why stored rows the file names are left out rather
 * than added.
 */
export async function shareSumsAtMostOne(rows: PlaceFields[], sql: Sql, known: KnownCodes): Promise<FileProblem[]> {
  if (!rows.length) return [];
  const overOne = await sql.rows<OverOne>(
    `with incoming (ics_code, la_code, population_share, valid_from, valid_to) as (
       select * from unnest($1::text[], $2::text[], $3::numeric[], $4::date[], $5::date[])
     ), combined as (
       select ics_code, la_code, population_share, valid_from, valid_to from incoming
       union all
       select p.ics_code, p.la_code, p.population_share, p.valid_from, p.valid_to from places p
        where p.la_code in (select la_code from incoming)
          and not exists (select 1 from incoming i where i.ics_code = p.ics_code and i.la_code = p.la_code
                            and i.valid_from is not distinct from p.valid_from)
     ), starts as (
       select distinct la_code, coalesce(valid_from, '-infinity'::date) as at from combined
     ), sums as (
       select s.la_code, s.at, sum(c.population_share) as total,
         string_agg(c.ics_code || ' ' || trim_scale(c.population_share)::text, ', '
           order by c.population_share desc, c.ics_code) as parts,
         row_number() over (partition by s.la_code order by s.at) as nth
       from starts s join combined c on c.la_code = s.la_code
         and coalesce(c.valid_from, '-infinity'::date) <= s.at and (c.valid_to is null or c.valid_to >= s.at)
       group by s.la_code, s.at
       having sum(c.population_share) > 1
     )
     select s.la_code, la.name, case when s.at = '-infinity'::date then null else to_char(s.at, 'YYYY-MM-DD') end as at,
       trim_scale(s.total)::text as total, s.parts
     from sums s left join local_authorities la on la.ons_code = s.la_code
     where s.nth = 1
     order by s.la_code`,
    [
      rows.map((row) => row.ics_code),
      rows.map((row) => row.la_code),
      rows.map((row) => row.population_share),
      rows.map((row) => row.valid_from),
      rows.map((row) => row.valid_to),
    ],
  );
  return overOne.map(({ la_code, name, at, total, parts }) => {
    // A name from this import's local_authorities.csv is what will be stored (it may not be written yet).
    const shown = known.localAuthorityNames.get(la_code) ?? name;
    const authority = shown ? `${la_code} (${shown})` : la_code;
    return {
      column: '',
      message: `local authority ${authority}: population shares sum to ${total} ${atDate(at)} (${parts}); at most 1`,
    };
  });
}

/** The constraint trigger of migration place_share_sum: it checks at commit what this file's check checks first. */
export const SHARE_SUM_CONSTRAINT = 'places_population_share_sum';

/**
 * The issue for the database's own refusal of shares over 1 (e.g. another import committed share for the
 * same authority after this one checked), read from the SQLSTATE, the constraint name and the trigger's
 * JSON detail; undefined for any other error.
 */
export function shareSumRefusal(error: unknown, known: KnownCodes | undefined): FileProblem | undefined {
  const { code, constraint, detail } = (error ?? {}) as { code?: unknown; constraint?: unknown; detail?: unknown };
  if (code !== '23514' || constraint !== SHARE_SUM_CONSTRAINT || typeof detail !== 'string') return undefined;
  const { la_code, sum, at } = readDetail(detail);
  if (typeof la_code !== 'string' || typeof sum !== 'string') return undefined;
  const name = known?.localAuthorityNames.get(la_code);
  const authority = name ? `${la_code} (${name})` : la_code;
  const date = typeof at === 'string' ? at : null;
  return { column: '', message: `local authority ${authority}: population shares sum to ${sum} ${atDate(date)}; at most 1` };
}

function readDetail(detail: string): { la_code?: unknown; sum?: unknown; at?: unknown } {
  try {
    return (JSON.parse(detail) ?? {}) as { la_code?: unknown; sum?: unknown; at?: unknown };
  } catch {
    return {};
  }
}
