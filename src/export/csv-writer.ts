import { stringify, type Options } from 'csv-stringify/sync';
import { guardCell } from './formula-guard.js';

// RFC 4180: CRLF between records, fields quoted only when they hold a comma, quote or line break
// (csv-stringify alone quotes only the record delimiter, CRLF, so a bare LF needs `quoted_match`).
// Only text goes through the formula guard; numbers are written as numbers, null as an empty cell.
const OPTIONS: Options = {
  record_delimiter: 'windows',
  quoted_match: /[\r\n]/,
  cast: {
    string: (value) => guardCell(value),
    boolean: (value) => String(value),
    number: (value) => String(value),
    object: (value) => guardCell(JSON.stringify(value)),
  },
};

/**
 * CSV text for a header and rows, a few hundred records per chunk: csv-stringify formats them, and rows
 * are pulled only as the consumer asks for chunks, so the source's backpressure holds.
 */
export async function* csvChunks(
  header: readonly string[],
  rows: AsyncIterable<readonly unknown[]>,
  rowsPerChunk = 250,
): AsyncGenerator<string> {
  yield stringify([header], OPTIONS);
  let batch: (readonly unknown[])[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= rowsPerChunk) {
      yield stringify(batch, OPTIONS);
      batch = [];
    }
  }
  if (batch.length) yield stringify(batch, OPTIONS);
}
