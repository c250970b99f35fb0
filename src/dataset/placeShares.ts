import type { SqlRunner as Sql } from '../db/sql.js';
import type { KnownCodes } from './known.js';
import type { FileProblem } from './spec.js';

interface PlaceFields {
  ics_code: string;
  la_code: string;
  population_share: string;
}

interface OverOne {
  la_code: string;
  name: string | null;
  total: string;
  parts: string;
}

/**
 * One authority's population shares across all ICSs sum to at most 1 (DOMAIN.md v2). The file's places
 * replace the stored ones of the same ICS and authority; stored places of other ICSs still count. Summed
 * in SQL numeric, so `0.86 + 0.14` is exactly 1. Written rows of this import are in `places` already,
 * which is why stored rows the file names are left out rather than added.
 */
export async function shareSumsAtMostOne(rows: PlaceFields[], sql: Sql, known: KnownCodes): Promise<FileProblem[]> {
  if (!rows.length) return [];
  const overOne = await sql.rows<OverOne>(
    `with incoming (ics_code, la_code, population_share) as (
       select * from unnest($1::text[], $2::text[], $3::numeric[])
     ), combined as (
       select ics_code, la_code, population_share from incoming
       union all
       select p.ics_code, p.la_code, p.population_share from places p
        where p.la_code in (select la_code from incoming)
          and not exists (select 1 from incoming i where i.ics_code = p.ics_code and i.la_code = p.la_code)
     )
     select c.la_code, la.name, trim_scale(sum(c.population_share))::text as total,
       string_agg(c.ics_code || ' ' || trim_scale(c.population_share)::text, ', '
         order by c.population_share desc, c.ics_code) as parts
     from combined c left join local_authorities la on la.ons_code = c.la_code
     group by c.la_code, la.name
     having sum(c.population_share) > 1
     order by c.la_code`,
    [rows.map((row) => row.ics_code), rows.map((row) => row.la_code), rows.map((row) => row.population_share)],
  );
  return overOne.map(({ la_code, name, total, parts }) => {
    // A name from this import's local_authorities.csv is what will be stored (it may not be written yet).
    const shown = known.localAuthorityNames.get(la_code) ?? name;
    const authority = shown ? `${la_code} (${shown})` : la_code;
    return {
      column: '',
      message: `local authority ${authority}: population shares sum to ${total} (${parts}); at most 1`,
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
  const { la_code, sum } = readDetail(detail);
  if (typeof la_code !== 'string' || typeof sum !== 'string') return undefined;
  const name = known?.localAuthorityNames.get(la_code);
  const authority = name ? `${la_code} (${name})` : la_code;
  return { column: '', message: `local authority ${authority}: population shares sum to ${sum}; at most 1` };
}

function readDetail(detail: string): { la_code?: unknown; sum?: unknown } {
  try {
    return (JSON.parse(detail) ?? {}) as { la_code?: unknown; sum?: unknown };
  } catch {
    return {};
  }
}
