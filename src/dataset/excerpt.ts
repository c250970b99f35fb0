/** Characters of a value shown in a message; a longer value is cut, so a huge field is never echoed whole. */
const SHOWN = 80;

/** A value for a message, cut after 80 characters with an ellipsis and its full length: `abc… (10485760 characters)`. */
export function excerpt(value: string): string {
  const cut = cutAt(value);
  return cut === undefined ? value : `${value.slice(0, cut)}… (${characters(value)} characters)`;
}

/** The same, quoted: `'abc'`, or `'abc…' (10485760 characters)` with the length outside the quotes. */
export function quoted(value: string): string {
  const cut = cutAt(value);
  return cut === undefined ? `'${value}'` : `'${value.slice(0, cut)}…' (${characters(value)} characters)`;
}

/** Where to cut (never inside a surrogate pair), or undefined when the value is short enough to show whole. */
function cutAt(value: string): number | undefined {
  if (value.length <= SHOWN || characters(value) <= SHOWN) return undefined;
  let end = 0;
  for (let shown = 0; shown < SHOWN; shown += 1) end += isHighSurrogate(value.charCodeAt(end)) ? 2 : 1;
  return end;
}

/** Unicode characters (code points), as an analyst counts them; a string's `length` counts UTF-16 units. */
export function characters(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index += 1) {
    if (!isLowSurrogate(value.charCodeAt(index))) count += 1;
  }
  return count;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
