import { excerpt } from './excerpt.js';
import { InvalidValue } from './fields.js';
import type { KnownCodes } from './known.js';
import type { CsvRecord } from './parse.js';
import type { ColumnProblem, FileSpec, RowOf } from './spec.js';

/** Where each column the spec names sits in this file (absent optional columns have no index). */
export type HeaderLayout = Map<string, number>;

/** Header names listed in a message; a header with more is cut. */
const NAMES_LISTED = 20;

export interface Header {
  layout: HeaderLayout;
  /** Each field's column name as matched (trimmed, lower case), to name the column of a problem by position. */
  names: string[];
  /** Columns named twice and required columns missing: the rows cannot be read if there are any. */
  problems: ColumnProblem[];
}

/** Maps header names to positions; the problems name each repeated column and each required column missing. */
export function readHeader(spec: FileSpec, header: CsvRecord): Header {
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const layout: HeaderLayout = new Map();
  const problems = repeatedNames(names);
  for (const column of Object.keys(spec.columns)) {
    const index = names.indexOf(column);
    if (index >= 0) layout.set(column, index);
    else if (!spec.optionalColumns?.includes(column)) {
      problems.push({ column, message: `required column is missing from the header (${listed(names)})` });
    }
  }
  return { layout, names, problems };
}

/** A column named twice is ambiguous (which one holds the value?), even one the importer does not read. */
function repeatedNames(names: string[]): ColumnProblem[] {
  const first = new Map<string, number>();
  const problems: ColumnProblem[] = [];
  names.forEach((name, index) => {
    // Unnamed columns (e.g. trailing commas a spreadsheet writes) are ignored, however many.
    if (name === '') return;
    const seen = first.get(name);
    if (seen === undefined) first.set(name, index);
    else
      problems.push({
        column: excerpt(name),
        message: `appears twice in the header (fields ${seen + 1} and ${index + 1})`,
      });
  });
  return problems;
}

function listed(names: string[]): string {
  const shown = names.slice(0, NAMES_LISTED).map(excerpt).join(', ');
  return names.length > NAMES_LISTED ? `${shown}, … ${names.length} in all` : shown;
}

export interface ParsedRow {
  row: RowOf<FileSpec['columns']>;
  problems: ColumnProblem[];
}

/** Parses every field of a record with its column's parser, collecting a problem per bad field. */
export function parseRow(spec: FileSpec, layout: HeaderLayout, record: CsvRecord, known: KnownCodes): ParsedRow {
  const row: Record<string, unknown> = {};
  const problems: ColumnProblem[] = [];
  for (const [column, parse] of Object.entries(spec.columns)) {
    const index = layout.get(column);
    const raw = index === undefined ? '' : (record.fields[index] ?? '').trim();
    try {
      row[column] = parse(raw, known);
    } catch (error) {
      if (!(error instanceof InvalidValue)) throw error;
      problems.push({ column, message: error.message });
    }
  }
  return { row, problems };
}

/**
 * Remembers each unique key of a file (natural key first) with the line it was first seen on,
 * and reports a repeat. Keys with a bad field are skipped: that field is reported already.
 */
export class KeyTracker {
  private readonly seen: Map<string, number>[];

  constructor(private readonly keys: FileSpec['keys']) {
    this.seen = keys.map(() => new Map());
  }

  /** A repeat names the key's columns the file has (`layout`): an optional column it lacks took its default. */
  check(row: Record<string, unknown>, problems: ColumnProblem[], line: number, layout: HeaderLayout): ColumnProblem[] {
    const repeats: ColumnProblem[] = [];
    this.keys.forEach((columns, index) => {
      if (problems.some((problem) => columns.includes(problem.column))) return;
      const key = JSON.stringify(columns.map((column) => row[column]));
      const first = this.seen[index].get(key);
      if (first === undefined) this.seen[index].set(key, line);
      else {
        const named = columns.filter((column) => layout.has(column));
        const values = named.map((column) => excerpt(String(row[column] ?? '(empty)'))).join(', ');
        repeats.push({ column: named.join(', '), message: `duplicate of line ${first} (same ${values})` });
      }
    });
    return repeats;
  }

  /** True when the natural key's fields parsed. */
  static naturalKeyParsed(spec: FileSpec, problems: ColumnProblem[]): boolean {
    return !problems.some((problem) => spec.keys[0].includes(problem.column));
  }
}
