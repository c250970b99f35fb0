import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { firstInvalidByte } from '../../src/dataset/utf8.js';

// Bytes near UTF-8's edges: ASCII, continuation bytes, every lead byte, and the boundary values.
const edgyByte = fc.oneof(
  fc.integer({ min: 0, max: 0xff }),
  fc.constantFrom(
    0x7f,
    0x80,
    0xbf,
    0xc0,
    0xc1,
    0xc2,
    0xdf,
    0xe0,
    0xed,
    0xef,
    0xf0,
    0xf4,
    0xf5,
    0xff,
    0x9f,
    0xa0,
    0x8f,
    0x90,
  ),
);

test('firstInvalidByte finds a bad byte exactly when Node says the bytes are not UTF-8', () => {
  fc.assert(
    fc.property(fc.array(edgyByte, { maxLength: 12 }), (bytes) => {
      const buffer = Buffer.from(bytes);
      const at = firstInvalidByte(buffer);
      expect(at === -1).toBe(isUtf8(buffer));
      // Everything before the bad byte is well-formed.
      if (at >= 0) expect(isUtf8(buffer.subarray(0, at))).toBe(true);
    }),
    { numRuns: 5000 },
  );
});

test('well-formed text of any code points has no bad byte', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expect(firstInvalidByte(Buffer.from(text))).toBe(-1)));
});
