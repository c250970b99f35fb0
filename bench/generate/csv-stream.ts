import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export type CsvValue = string | number | boolean | null | undefined;

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes one CSV file row by row through a write stream. Rows are gathered into chunks of about
 * 64 KiB; when the stream's buffer is full the writer waits for 'drain' before the next chunk, so
 * memory stays flat whatever the file's size.
 */
export class CsvFileWriter {
  private readonly stream: WriteStream;
  private chunk = '';
  rows = 0;
  bytes = 0;

  constructor(
    readonly path: string,
    columns: readonly string[],
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.chunk = `${columns.join(',')}\n`;
  }

  /** Adds a row; resolves at once unless the stream asked to wait. */
  async row(values: readonly CsvValue[]): Promise<void> {
    this.chunk += `${values.map(csvField).join(',')}\n`;
    this.rows += 1;
    if (this.chunk.length >= 65_536) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.chunk) return;
    const text = this.chunk;
    this.chunk = '';
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<{ rows: number; bytes: number }> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    return { rows: this.rows, bytes: this.bytes };
  }
}
