import { createReadStream } from 'node:fs';
import { CsvError, parse, type Parser } from 'csv-parse';
import { describeCsvError, type CsvErrorState, type ParserPosition } from './csvError.js';
import { countLineBreaks, LineBreaks } from './lineBreaks.js';
import { describeBadByte, storable } from './utf8.js';

/** One CSV record: its fields as written, and the line it starts on (1 = the header). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * The file cannot be read on from here: it is not valid CSV (e.g. an unclosed quote) or not UTF-8, so
 * later records cannot be trusted. `line` is where the bad value starts, `field` its 0-based position.
 */
export class UnreadableCsv extends Error {
  constructor(
    readonly line: number,
    readonly field: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableCsv';
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Streams a CSV file record by record (RFC 4180 quoting, UTF-8 with or without BOM), so a file is never
 * held in memory whole. Empty lines are skipped; rows may have any number of fields (the caller checks).
 *
 * The parser gets bytes and each chunk is fed by hand: every record parsed before an error is yielded
 * before the error is thrown, and lines come from the parser's byte offsets (its own `info.lines`
 * counts a CRLF inside a quoted value twice). Fields are decoded here, so bytes that are not UTF-8
 * are reported instead of becoming U+FFFD (and a NUL byte, which PostgreSQL text cannot hold).
 */
export async function* readCsv(path: string): AsyncGenerator<CsvRecord> {
  const reader = new RecordReader();
  try {
    for await (const chunk of withoutBom(createReadStream(path))) {
      reader.lines.scan(chunk);
      const error = await written(reader.parser, chunk);
      yield* reader.take();
      if (error) throw reader.unreadable(error);
    }
    const error = await ended(reader.parser);
    yield* reader.take();
    if (error) throw reader.unreadable(error);
  } finally {
    reader.parser.destroy();
  }
}

/** The parser and what it has read: decoded records waiting to be yielded, and where the last one ended. */
class RecordReader {
  readonly lines = new LineBreaks();
  readonly parser: Parser;
  private records: CsvRecord[] = [];
  /** Byte offset just after the last record read, and the empty lines skipped up to it. */
  private end = 0;
  private emptyLines = 0;

  constructor() {
    this.parser = parse({
      encoding: null,
      relax_column_count: true,
      skip_empty_lines: true,
      // With `encoding: null` the fields are bytes; the info holds the byte offset (its types list neither).
      on_record: (fields, info) => this.add(fields as unknown as Uint8Array[], info as unknown as ParserPosition),
    });
    // Errors arrive through the write and end callbacks.
    this.parser.on('error', () => {});
  }

  /** Records parsed since the last call. */
  take(): CsvRecord[] {
    this.lines.forgetBefore(this.end);
    return this.records.splice(0);
  }

  /** The error as an issue's line and field: a syntax error from the parser, or this reader's own. */
  unreadable(error: unknown): Error {
    if (!(error instanceof CsvError)) return error as Error;
    const state = error as CsvError & CsvErrorState;
    // The comma before the field is on the line the field starts on; the first field starts the record.
    const line = state.column > 0 ? this.lines.lineAt(state.bytes) : this.recordLine(state.empty_lines);
    return new UnreadableCsv(line, state.column, describeCsvError(state));
  }

  // Called by the parser, in order, as each record completes (returning null keeps it out of the stream).
  private add(fields: Uint8Array[], info: ParserPosition): null {
    const line = this.recordLine(info.empty_lines);
    [this.end, this.emptyLines] = [info.bytes, info.empty_lines];
    this.records.push({ line, fields: decode(fields, line) });
    return null;
  }

  /** The line of a record after the last one read, past the empty lines skipped since. */
  private recordLine(emptyLines: number): number {
    return this.lines.lineAt(this.end) + emptyLines - this.emptyLines;
  }
}

function decode(fields: Uint8Array[], line: number): string[] {
  const decoded: string[] = [];
  for (const field of fields) {
    if (!storable(field)) throw badByte(fields, decoded.length, line);
    decoded.push(text(field));
  }
  return decoded;
}

function badByte(fields: Uint8Array[], bad: number, line: number): UnreadableCsv {
  const { lineBreaks, message } = describeBadByte(fields[bad]);
  const before = fields.slice(0, bad).reduce((breaks, field) => breaks + countLineBreaks(text(field)), 0);
  return new UnreadableCsv(line + before + lineBreaks, bad, message);
}

// csv-parse hands out Buffers; any other Uint8Array is viewed as one (no copy).
function text(bytes: Uint8Array): string {
  return (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString(
    'utf8',
  );
}

/** The file's bytes without a leading UTF-8 byte-order mark. */
async function* withoutBom(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let head = Buffer.alloc(0);
  let started = false;
  for await (const chunk of chunks) {
    if (started) {
      yield chunk;
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length < BOM.length && BOM.subarray(0, head.length).equals(head)) continue;
    started = true;
    const rest = head.subarray(0, BOM.length).equals(BOM) ? head.subarray(BOM.length) : head;
    if (rest.length) yield rest;
  }
  if (!started && head.length) yield head;
}

/** Feeds one chunk; resolves once the parser has handled it, with its error if any. */
function written(parser: Parser, chunk: Buffer): Promise<unknown> {
  return new Promise((resolve) => parser.write(chunk, (error) => resolve(error ?? undefined)));
}

/** Ends the input; resolves once the last record is parsed, with the parser's error if any. */
function ended(parser: Parser): Promise<unknown> {
  return new Promise((resolve) => {
    parser.once('error', resolve);
    parser.end((error?: unknown) => resolve(error ?? undefined));
  });
}
