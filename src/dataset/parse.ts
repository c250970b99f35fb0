import { createReadStream } from 'node:fs';
import { CsvError, parse } from 'csv-parse';

/** One CSV record: its fields as written, and the line it starts on (1 = the header). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The file is not valid CSV from this line on (e.g. an unclosed quote); later records cannot be trusted. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Streams a CSV file record by record (RFC 4180 quoting, UTF-8 with or without BOM), so a file is never
 * held in memory whole. Empty lines are skipped; rows may have any number of fields (the caller checks).
 */
export async function* readCsv(path: string): AsyncGenerator<CsvRecord> {
  const parser = createReadStream(path, { encoding: 'utf8' }).pipe(
    parse({ bom: true, raw: true, relax_column_count: true, skip_empty_lines: true }),
  );
  // Lines are counted here from each record's raw text: csv-parse's own `info.lines` counts a CRLF
  // inside a quoted field as two lines, which would shift every later line number.
  let linesBefore = 0;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const skippedEmptyLines = countLineBreaks(/^[\r\n]*/.exec(raw)![0]);
      yield { line: linesBefore + skippedEmptyLines + 1, fields: record };
      linesBefore += countLineBreaks(raw);
    }
  } catch (error) {
    // The record that failed starts after the last one read (csv-parse's own line count is dropped, see above).
    if (error instanceof CsvError) {
      throw new CsvSyntaxError(linesBefore + 1, `not valid CSV: ${error.message.replace(/ at line \d+/, '')}`);
    }
    throw error;
  } finally {
    parser.destroy();
  }
}

function countLineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}
