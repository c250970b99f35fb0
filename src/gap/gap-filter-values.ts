import type { GapDomain } from './domains/index.js';
import type { GapLevel } from './GapLevel.js';
import type { GapSeverity } from './severity.js';

/** A gap filter as the service takes it: codes upper-cased, the level settled. */
export interface GapFilterValues {
  icsCode: string | null;
  laCode: string | null;
  level: GapLevel;
  domain: GapDomain | null;
  year: number | null;
  fromYear: number | null;
  toYear: number | null;
  cohort: string | null;
  needCategory: string | null;
  pathwayStage: string | null;
  minSeverity: GapSeverity | null;
}

/** The narrowest year range the filter allows (`year` and `fromYear`/`toYear` both apply). */
export function yearRange(filter: Pick<GapFilterValues, 'year' | 'fromYear' | 'toYear'>): { from: number | null; to: number | null } {
  const from = [filter.year, filter.fromYear].filter((y): y is number => y !== null);
  const to = [filter.year, filter.toYear].filter((y): y is number => y !== null);
  return { from: from.length ? Math.max(...from) : null, to: to.length ? Math.min(...to) : null };
}

/** A code as callers may type it (any case, stray spaces) in the stored form; blank means none. */
export function normalisedCode(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim().toUpperCase() : null;
}
