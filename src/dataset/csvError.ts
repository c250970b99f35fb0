import type { CsvError } from 'csv-parse';
import { excerpt, quoted } from './excerpt.js';

/** Where csv-parse is, as it tells each record (`info`) and each error (copied onto the error object). */
export interface ParserPosition {
  /** Bytes read: after a record, its end; in an error, the comma before the field, or the previous record's end. */
  bytes: number;
  /** Empty lines skipped so far. */
  empty_lines: number;
}

/** What csv-parse's error object carries besides its message. */
export interface CsvErrorState extends ParserPosition {
  /** 0-based field of the record the parser was in. */
  column: number;
  /** The value read so far, for a quote found inside an unquoted value. */
  field?: string;
}

const QUOTE_RULE = 'a value holding a quote is quoted whole, with the quote written twice ("")';

/** The reason, in an analyst's words; values are cut (csv-parse's own message may echo a whole field). */
export function describeCsvError(error: CsvError & Partial<CsvErrorState>): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'not valid CSV: this quoted value is never closed (no closing quote before the end of the file)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `not valid CSV: this quoted value's closing quote is followed by ${after(error.message)}, not a comma or line end; ${QUOTE_RULE}`;
    case 'INVALID_OPENING_QUOTE':
      return `not valid CSV: a quote inside the unquoted value ${quoted(error.field ?? '')}; ${QUOTE_RULE}`;
    default:
      return `not valid CSV: ${excerpt(error.message.replace(/ (at|on) line \d+/, ''))}`;
  }
}

/** The character csv-parse found after a closing quote (`got "x"`), shown if printable. */
function after(message: string): string {
  const found = /got "(.)"/s.exec(message)?.[1];
  if (found === ' ') return 'a space';
  return found && /^[\x21-\x7e]$/.test(found) ? `'${found}'` : 'another character';
}
