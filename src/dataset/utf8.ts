import { isUtf8 } from 'node:buffer';
import { countLineBreaks } from './lineBreaks.js';
import { quoted } from './excerpt.js';

/** Text shown before an invalid byte, so the analyst can find it. */
const CONTEXT = 20;

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1 when there is none. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (!(bytes[index + 1] >= low && bytes[index + 1] <= high)) return index;
    for (let next = 2; next < length; next += 1) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return -1;
}

/** PostgreSQL text cannot hold U+0000, though UTF-8 can: a NUL byte is refused here, with the line it is on. */
export function storable(field: Uint8Array): boolean {
  return isUtf8(field) && !field.includes(0);
}

/**
 * Describes the first byte of a field that cannot be stored (not UTF-8, or NUL): the line breaks before it
 * within the field, and a message naming the byte and the text just before it on its line.
 */
export function describeBadByte(field: Uint8Array): { lineBreaks: number; message: string } {
  const [invalid, nul] = [firstInvalidByte(field), field.indexOf(0)];
  const at = invalid < 0 || (nul >= 0 && nul < invalid) ? nul : invalid;
  const before = Buffer.from(field.buffer, field.byteOffset, at).toString('utf8');
  const line = before.split(/\r\n|\r|\n/).at(-1)!;
  const shown = line.length > CONTEXT ? `…${line.slice(-CONTEXT)}` : line;
  const where = shown ? `after ${quoted(shown)}` : 'at the start of the value';
  const byte = field[at].toString(16).toUpperCase().padStart(2, '0');
  const reason =
    at === nul
      ? `a NUL byte (0x00) ${where}, which text cannot hold; remove it`
      : `not valid UTF-8: byte 0x${byte} ${where}; save the file as UTF-8 (in Excel: "CSV UTF-8")`;
  return { lineBreaks: countLineBreaks(before), message: reason };
}
