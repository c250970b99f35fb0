import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null;
export type CsvRow = Record<string, CsvValue>;

/**
 * Reads a small RFC 4180 file (header row, quoted fields may hold commas, quotes and newlines)
 * into records keyed by header. Only used for the reference files copied beside the generator.
 */
export function readCsv(path: string): Record<string, string>[] {
  const records = parseRecords(readFileSync(path, 'utf8'));
  const [header, ...rows] = records;
  return rows.map((fields) => Object.fromEntries(header.map((name, index) => [name, fields[index] ?? ''])));
}

function parseRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Sorts rows by the given key columns, comparing their text by code point (not locale), so the order
 * is the same on every machine and matches `LC_ALL=C sort`.
 */
export function sortByKey(rows: CsvRow[], keyColumns: readonly string[]): CsvRow[] {
  const keyOf = (row: CsvRow) => keyColumns.map((column) => formatValue(row[column]));
  return [...rows].sort((left, right) => {
    const leftKey = keyOf(left);
    const rightKey = keyOf(right);
    for (let index = 0; index < keyColumns.length; index += 1) {
      if (leftKey[index] < rightKey[index]) return -1;
      if (leftKey[index] > rightKey[index]) return 1;
    }
    return 0;
  });
}

/** Writes a header row and the rows (UTF-8, LF, quoting only where RFC 4180 requires it). */
export function writeCsv(folder: string, fileName: string, columns: readonly string[], rows: CsvRow[]): number {
  const records = rows.map((row) => columns.map((column) => formatValue(row[column])));
  const text = stringify([columns as string[], ...records], { record_delimiter: '\n' });
  writeFileSync(join(folder, fileName), text, 'utf8');
  return rows.length;
}

/** Text of a value as it appears in the file; booleans as true/false (csv-stringify would write 1/''). */
function formatValue(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}
