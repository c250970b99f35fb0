/** NHS financial years run 1 April to 31 March; 2025 means 2025/26. */
export function financialYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}
