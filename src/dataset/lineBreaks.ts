const CR = 0x0d;
const LF = 0x0a;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * The line breaks of a file read chunk by chunk (CRLF, LF or a lone CR each end a line), so that a byte
 * offset the CSV parser reports can be turned into the line an editor shows. Breaks before the last
 * record read are only counted, so memory stays bounded by the longest record, not the file.
 */
export class LineBreaks {
  private offsets: number[] = [];
  private forgotten = 0;
  private scanned = 0;
  private previous = -1;

  /** Records the breaks of the next chunk of the file. */
  scan(chunk: Uint8Array): void {
    for (let index = 0; index < chunk.length; index += 1) {
      const byte = chunk[index];
      if (byte === CR || (byte === LF && this.previous !== CR)) this.offsets.push(this.scanned + index);
      this.previous = byte;
    }
    this.scanned += chunk.length;
  }

  /** The 1-based line of the byte at `offset` (no earlier than the last offset forgotten). */
  lineAt(offset: number): number {
    let [low, high] = [0, this.offsets.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.offsets[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return 1 + this.forgotten + low;
  }

  /** Keeps only the count of the breaks before `offset`: no later lookup goes back before it. */
  forgetBefore(offset: number): void {
    const before = this.lineAt(offset) - 1 - this.forgotten;
    this.offsets.splice(0, before);
    this.forgotten += before;
  }
}

/** Line breaks in a decoded text, counted the same way (CRLF once). */
export function countLineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}
