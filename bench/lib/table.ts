/** Plain-text tables for the terminal: one header row, columns padded to their widest cell. */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((cell, column) => (cell ?? '').padEnd(widths[column])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function ms(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '' : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

export function times(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '' : `${value.toFixed(2)}×`;
}
