import { excerpt, quoted } from './excerpt.js';
import type { KnownCodes } from './known.js';

/** A value that cannot be stored; the message says why, in an analyst's words. */
export class InvalidValue extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidValue';
  }
}

/**
 * Turns one trimmed CSV field into the value to store, or throws InvalidValue. Parsers that check
 * references look codes up in `known` (the database plus what this import has defined so far).
 */
export type FieldParser<T> = (raw: string, known: KnownCodes) => T;

/**
 * How a field is written outside a CSV file (a GraphQL input): text unless its parser says otherwise; `empty`
 * when an empty field is allowed (optional or defaulted). The write API builds its inputs from these.
 */
export interface FieldShape {
  kind: 'text' | 'int' | 'boolean' | 'list';
  empty: boolean;
}

const shapes = new WeakMap<FieldParser<unknown>, FieldShape>();

function withShape<P extends FieldParser<unknown>>(parse: P, shape: Partial<FieldShape>): P {
  shapes.set(parse, { kind: 'text', empty: false, ...shape });
  return parse;
}

export function shapeOf(parse: FieldParser<unknown>): FieldShape {
  return shapes.get(parse) ?? { kind: 'text', empty: false };
}

const MAX_INT = 2_147_483_647;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

function required(raw: string): void {
  if (raw === '') throw new InvalidValue('empty; a value is required');
}

/** An empty field means "none" (stored as null). */
export function optional<T>(parse: FieldParser<T>): FieldParser<T | null> {
  return withShape((raw: string, known: KnownCodes) => (raw === '' ? null : parse(raw, known)), { ...shapeOf(parse), empty: true });
}

/** An empty field (or an absent optional column) means `value`. */
export function defaulted<T>(parse: FieldParser<T>, value: T): FieldParser<T> {
  return withShape((raw: string, known: KnownCodes) => (raw === '' ? value : parse(raw, known)), { ...shapeOf(parse), empty: true });
}

export function text(maxLength = 255): FieldParser<string> {
  return (raw) => {
    required(raw);
    if (raw.length > maxLength) throw new InvalidValue(`too long (${raw.length} characters; at most ${maxLength})`);
    return raw;
  };
}

/** A whole number of something (people, bed-spaces): 0 or more. */
export const count: FieldParser<number> = withShape((raw: string) => {
  required(raw);
  if (/^-\d+$/.test(raw)) throw new InvalidValue(`${excerpt(raw)} is negative; must be 0 or more`);
  if (!/^\d+$/.test(raw)) throw new InvalidValue(`${quoted(raw)} is not an integer`);
  const value = Number(raw);
  if (value > MAX_INT) throw new InvalidValue(`${excerpt(raw)} is too large`);
  return value;
}, { kind: 'int' });

const OLDEST_AGE = 120;

/** An age in whole years, 0–120. */
export const age: FieldParser<number> = withShape((raw: string, known: KnownCodes) => {
  const value = count(raw, known);
  if (value > OLDEST_AGE) throw new InvalidValue(`age ${value} is outside 0–${OLDEST_AGE}`);
  return value;
}, { kind: 'int' });

/** An NHS financial year by its starting calendar year (2025 = 2025/26). */
export const year: FieldParser<number> = withShape((raw: string, known: KnownCodes) => {
  const value = count(raw, known);
  if (value < FIRST_YEAR || value > LAST_YEAR) {
    throw new InvalidValue(`year ${value} is outside ${FIRST_YEAR}–${LAST_YEAR}`);
  }
  return value;
}, { kind: 'int' });

/**
 * A non-negative exact decimal, kept as a string so money is never rounded through a float.
 * `precision`/`scale` are the column's, so a value too large for it is caught here, not by the database.
 */
export function decimal(precision: number, scale: number): FieldParser<string> {
  const integerDigits = precision - scale;
  return (raw) => {
    required(raw);
    if (/^-\d+(\.\d+)?$/.test(raw)) throw new InvalidValue(`${excerpt(raw)} is negative; must be 0 or more`);
    const match = /^(\d+)(\.\d+)?$/.exec(raw);
    if (!match) throw new InvalidValue(`${quoted(raw)} is not a number`);
    if (match[1].replace(/^0+/, '').length > integerDigits) {
      throw new InvalidValue(`${excerpt(raw)} is too large (at most ${integerDigits} digits before the decimal point)`);
    }
    return raw;
  };
}

const SHARE_DECIMALS = 6;

/**
 * The share of an authority's population living in an ICS: more than 0, at most 1, with at most the
 * column's 6 decimal places (so nothing is rounded on the way in). Compared as digits, never as a float.
 */
export const share: FieldParser<string> = (raw, known) => {
  const value = decimal(7, 6)(raw, known);
  const [whole, fraction = ''] = value.split('.');
  const wholeNumber = whole.replace(/^0+/, '');
  const fractionZero = /^0*$/.test(fraction);
  const zero = wholeNumber === '' && fractionZero;
  const overOne = wholeNumber !== '' && (wholeNumber !== '1' || !fractionZero);
  if (zero || overOne) {
    throw new InvalidValue(`share ${excerpt(raw)} is not in (0, 1]`);
  }
  if (fraction.replace(/0+$/, '').length > SHARE_DECIMALS) {
    throw new InvalidValue(`share ${excerpt(raw)} has more than ${SHARE_DECIMALS} decimal places`);
  }
  return value;
};

/** An ISO calendar date, YYYY-MM-DD. */
export const date: FieldParser<string> = (raw) => {
  required(raw);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const parsed = new Date(Date.UTC(y, m - 1, d));
  const real = match && parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
  if (!real) throw new InvalidValue(`${quoted(raw)} is not a date (expected YYYY-MM-DD)`);
  if (y < 1900 || y > LAST_YEAR) throw new InvalidValue(`date ${raw} is outside 1900–${LAST_YEAR}`);
  return raw;
};

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

export const boolean: FieldParser<boolean> = withShape((raw: string) => {
  required(raw);
  const word = raw.toLowerCase();
  if (TRUE.has(word)) return true;
  if (FALSE.has(word)) return false;
  throw new InvalidValue(`${quoted(raw)} is not a boolean (expected true/false, yes/no or 1/0)`);
}, { kind: 'boolean' });

/** One of a fixed set of values (an enum of the schema). */
export function oneOf<T extends string>(values: readonly T[]): FieldParser<T> {
  const allowed = new Set<string>(values);
  return (raw) => {
    required(raw);
    if (!allowed.has(raw)) throw new InvalidValue(`unknown value ${quoted(raw)}; allowed: ${values.join(', ')}`);
    return raw as T;
  };
}

/** A code of a fixed shape, e.g. an ONS code; `shape` describes it for the message. */
export function shaped(pattern: RegExp, shape: string): FieldParser<string> {
  return (raw) => {
    required(raw);
    if (!pattern.test(raw)) throw new InvalidValue(`${quoted(raw)} is not ${shape}`);
    return raw;
  };
}

/** A `;`-separated list of at least one item, each parsed by `parse`, none repeated. */
export function list<T>(parse: FieldParser<T>): FieldParser<T[]> {
  return withShape((raw: string, known: KnownCodes) => {
    required(raw);
    const items = raw.split(';').map((item) => item.trim());
    if (items.includes('')) throw new InvalidValue(`${quoted(raw)} has an empty item; separate codes with ';'`);
    const repeated = items.find((item, index) => items.indexOf(item) !== index);
    if (repeated !== undefined) throw new InvalidValue(`${quoted(raw)} lists ${excerpt(repeated)} twice`);
    return items.map((item) => parse(item, known));
  }, { kind: 'list' });
}
