import { quoted } from './excerpt.js';
import type { KnownCodes } from './known.js';
import type { ColumnProblem } from './spec.js';

// Checks across the fields of one row that several dataset files share, run once every field has parsed.
// A check only one file makes lives in that file's definition (files/<file>.ts).

/** A catchment naming an authority must be one of the ICS's places; none means the whole ICS. */
export function catchmentIsPlace(icsCode: string, laCode: string | null, known: KnownCodes): ColumnProblem[] {
  if (laCode === null || known.hasPlace(icsCode, laCode)) return [];
  return [{ column: 'la_code', message: `${laCode} is not a place of ICS ${icsCode} (not in places.csv nor stored)` }];
}

export function endNotBeforeStart(startDate: string, endDate: string | null): ColumnProblem[] {
  if (endDate === null || endDate >= startDate) return [];
  return [{ column: 'end_date', message: `end date ${endDate} is before start date ${startDate}` }];
}

/**
 * A value that should repeat one first given on an earlier line: a problem naming that line if it differs
 * (line 0: the value as stored, for a single record written through the API).
 */
export function differs(column: string, value: string | null, first: string | null, what: string, line: number) {
  const where = line > 0 ? `on line ${line}` : 'as stored';
  return value === first ? [] : [{ column, message: `${what} ${quoted(first ?? '')} ${where}` }];
}

/** A validity period (ICS or place): its last day (`valid_to`, inclusive) is not before its first. */
export function validityInOrder(validFrom: string | null, validTo: string | null): ColumnProblem[] {
  if (validFrom === null || validTo === null || validTo >= validFrom) return [];
  return [{ column: 'valid_to', message: `valid_to ${validTo} is before valid_from ${validFrom}` }];
}
