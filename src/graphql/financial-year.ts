import { badArgument } from './errors.js';

/** The financial years a dataset may hold (as the importer checks them). */
export const FIRST_FINANCIAL_YEAR = 2000;
export const LAST_FINANCIAL_YEAR = 2100;

/** A year argument within the years a dataset may hold, or an error naming the argument. */
export function checkedFinancialYear(argument: string, year: number): number {
  if (year < FIRST_FINANCIAL_YEAR || year > LAST_FINANCIAL_YEAR) {
    throw badArgument(argument, `must be a financial year from ${FIRST_FINANCIAL_YEAR} to ${LAST_FINANCIAL_YEAR} (was ${year})`);
  }
  return year;
}

/** The financial year a date (YYYY-MM-DD) falls in: 2026-03-31 is in 2025 (2025/26), 2026-04-01 in 2026. */
export function financialYearContaining(date: string): number {
  const [year, month] = date.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/** NHS financial years run 1 April to 31 March; 2025 means 2025/26. */
export function financialYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}
