import type { SqlRunner as Sql } from '../db/sql.js';
import type { FileProblem } from './spec.js';

// Dates of places and successions checked against the validity of the ICSs they name (DOMAIN.md v2,
// "Boundaries over time"). Both files are imported after integrated_care_systems.csv, so the ICSs of this
// import are stored already and one statement reads them with those stored before.

interface PlaceDates {
  ics_code: string;
  la_code: string;
  valid_from: string | null;
  valid_to: string | null;
}

interface SuccessionDates {
  predecessor_ods_code: string;
  successor_ods_code: string;
  effective_date: string;
}

const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** "from 2022-07-01 to 2026-03-31", "from 2026-04-01", "to 2026-03-31" or "always". */
function validity(from: string | null, to: string | null): string {
  const parts = [from && `from ${from}`, to && `to ${to}`].filter(Boolean);
  return parts.length ? parts.join(' ') : 'always';
}

/**
 * A place's dates lie within its ICS's validity: a place cannot start before its ICS was established or end after
 * it was abolished. A blank date means "as long as the ICS", so only the dates written are checked.
 */
export async function placesWithinIcsValidity(rows: PlaceDates[], sql: Sql): Promise<FileProblem[]> {
  const dated = rows.filter((row) => row.valid_from !== null || row.valid_to !== null);
  if (!dated.length) return [];
  const outside = await sql.rows<PlaceDates & { column: string; ics_from: string | null; ics_to: string | null }>(
    `select p.ics_code, p.la_code, ${DAY('p.valid_from')} as valid_from, ${DAY('p.valid_to')} as valid_to,
            ${DAY('i.valid_from')} as ics_from, ${DAY('i.valid_to')} as ics_to,
            case when p.valid_from < i.valid_from or p.valid_from > i.valid_to then 'valid_from' else 'valid_to' end as column
     from unnest($1::text[], $2::text[], $3::date[], $4::date[]) as p (ics_code, la_code, valid_from, valid_to)
     join integrated_care_systems i on i.ods_code = p.ics_code
     where p.valid_from < i.valid_from or p.valid_from > i.valid_to or p.valid_to < i.valid_from or p.valid_to > i.valid_to
     order by p.ics_code, p.la_code, p.valid_from nulls first`,
    [dated.map((r) => r.ics_code), dated.map((r) => r.la_code), dated.map((r) => r.valid_from), dated.map((r) => r.valid_to)],
  );
  return outside.map((place) => ({
    column: place.column,
    message:
      `place ${place.ics_code} / ${place.la_code} (valid ${validity(place.valid_from, place.valid_to)}) lies outside ` +
      `ICS ${place.ics_code}'s validity (${validity(place.ics_from, place.ics_to)})`,
  }));
}

/**
 * A succession takes effect on a day its successor is valid, after its predecessor was established and, when the
 * predecessor was abolished, after its last day: otherwise the chain from an old ICS to today's would skip or
 * double a year.
 */
export async function successionsMatchValidity(rows: SuccessionDates[], sql: Sql): Promise<FileProblem[]> {
  if (!rows.length) return [];
  const wrong = await sql.rows<SuccessionDates & { reason: string }>(
    `select s.predecessor_ods_code, s.successor_ods_code, ${DAY('s.effective_date')} as effective_date,
            case
              when s.effective_date < n.valid_from or s.effective_date > n.valid_to then
                'successor ' || n.ods_code || ' is valid ' || concat_ws(' ', 'from ' || ${DAY('n.valid_from')}, 'to ' || ${DAY('n.valid_to')})
              when s.effective_date <= p.valid_from then
                'predecessor ' || p.ods_code || ' was established on ' || ${DAY('p.valid_from')}
              else 'predecessor ' || p.ods_code || ' is still valid then (to ' || ${DAY('p.valid_to')} || ')'
            end as reason
     from unnest($1::text[], $2::text[], $3::date[]) as s (predecessor_ods_code, successor_ods_code, effective_date)
     join integrated_care_systems p on p.ods_code = s.predecessor_ods_code
     join integrated_care_systems n on n.ods_code = s.successor_ods_code
     where s.effective_date < n.valid_from or s.effective_date > n.valid_to
        or s.effective_date <= p.valid_from or s.effective_date <= p.valid_to
     order by s.predecessor_ods_code, s.successor_ods_code`,
    [rows.map((r) => r.predecessor_ods_code), rows.map((r) => r.successor_ods_code), rows.map((r) => r.effective_date)],
  );
  return wrong.map((succession) => ({
    column: 'effective_date',
    message:
      `succession ${succession.predecessor_ods_code} to ${succession.successor_ods_code} on ${succession.effective_date}: ` +
      succession.reason,
  }));
}
