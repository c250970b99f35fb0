import { parameterError } from './errors.js';

/** Reads one query parameter's text, or throws a message saying why it is not acceptable. */
export type ParamParser<T> = (raw: string) => T;

/** The parameters an export takes, by name. */
export type ParamSpec = Record<string, ParamParser<unknown>>;

export type ParamValues<S extends ParamSpec> = { [K in keyof S]?: ReturnType<S[K]> };

class InvalidParam extends Error {}

const INT32 = 2_147_483_647;

/** A whole number (e.g. a financial year, 2025 = 2025/26). */
export const integer: ParamParser<number> = (raw) => {
  const value = Number(raw);
  if (!/^[+-]?\d+$/.test(raw) || Math.abs(value) > INT32) throw new InvalidParam(`must be an integer (was "${raw}")`);
  return value;
};

// No code holds a control character, and PostgreSQL text cannot hold U+0000 at all.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Any text, e.g. a code; the caller (or the database) checks that it exists. */
export const text: ParamParser<string> = (raw) => {
  const control = CONTROL.exec(raw);
  if (control) throw new InvalidParam(`must not contain control characters (found U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`);
  return raw;
};

/** One of an enum's values, upper-cased first so `level=place` reads as PLACE. */
export function oneOf<T extends string>(values: Record<string, T>): ParamParser<T> {
  const allowed = Object.values(values);
  return (raw) => {
    const value = raw.toUpperCase() as T;
    if (!allowed.includes(value)) throw new InvalidParam(`unknown value "${raw}"; allowed: ${allowed.join(', ')}`);
    return value;
  };
}

/**
 * The URL's query parameters, parsed by `spec`. An unknown name, a repeated one or a bad value is a
 * 400 naming it; an empty value (`year=`, as BI tools send an unset parameter) counts as absent.
 */
export function readParams<S extends ParamSpec>(search: URLSearchParams, spec: S): ParamValues<S> {
  const values: Record<string, unknown> = {};
  for (const name of new Set(search.keys())) {
    const parse = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!parse) throw parameterError(name, `unknown parameter; allowed: ${Object.keys(spec).join(', ')}`);
    const given = search.getAll(name);
    if (given.length > 1) throw parameterError(name, `given ${given.length} times; give it once`);
    const raw = given[0].trim();
    if (raw === '') continue;
    try {
      values[name] = parse(raw);
    } catch (error) {
      if (error instanceof InvalidParam) throw parameterError(name, error.message);
      throw error;
    }
  }
  return values as ParamValues<S>;
}
