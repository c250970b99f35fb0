import type { GapUnit } from './generated/graphql.js';

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_PLACE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', notation: 'compact', maximumFractionDigits: 1 });

const UNIT_WORDS: Record<GapUnit, string> = { PEOPLE: 'people', BED_SPACES: 'bed-spaces', WTE: 'WTE', GBP: '' };

/** A quantity in its finding's unit: "1,109 people", "39.4 WTE", "£17.1M". */
export function formatQuantity(value: number | null, unit: GapUnit): string {
  if (value === null) return 'not known';
  if (unit === 'GBP') return POUNDS.format(value);
  const number = unit === 'WTE' ? ONE_PLACE.format(value) : WHOLE.format(value);
  return `${number} ${UNIT_WORDS[unit]}`;
}

export function formatCoverage(coverage: number | null): string {
  return coverage === null ? 'no need' : PERCENT.format(coverage);
}

export function formatNumber(value: number, digits = 1): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(value);
}

/** "NHS Coventry and Warwickshire Integrated Care Board" → "Coventry and Warwickshire". */
export function shortIcsName(name: string): string {
  return name.replace(/^NHS\s+/, '').replace(/\s+Integrated Care Board$/, '');
}

/** A financial year by its label: 2025 → "2025/26". */
export function yearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** A code as words: "PREPARING_FOR_ADULTHOOD" → "preparing for adulthood". */
export function codeWords(code: string): string {
  return code.toLowerCase().replaceAll('_', ' ');
}
