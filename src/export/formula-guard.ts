// A spreadsheet runs a cell that begins with one of these as a formula (or DDE command), so a text
// such as `=HYPERLINK(…)` from a dataset could act when an analyst opens the export (CSV injection).
// The full-width forms are there because Apple Numbers normalises them to the ASCII ones.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// A plain number (e.g. a negative gap, -3.5) cannot run anything, and must stay a number.
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Prefixes a single quote to a text cell a spreadsheet would treat as a formula; other cells are unchanged. */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
