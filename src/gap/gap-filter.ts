import type { GraphQLError } from 'graphql';
import { isCalendarDate } from '../config/as-of-date.js';
import { badArgument } from '../graphql/errors.js';
import { levelsOf, type GapDomain } from './domains/index.js';
import type { GapFilter } from './GapFilter.input.js';
import { GapLevel } from './GapLevel.js';
import type { GapSeverity } from './severity.js';
import type { Basis } from './Basis.js';

/** A gap filter as the engine takes it: codes upper-cased, the level settled. */
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
  basis: Basis | null;
  populationGroup: string | null;
  minSeverity: GapSeverity | null;
  /** The day whose boundaries every year is counted on (YYYY-MM-DD); null: each year on its own 1 April's. */
  boundariesAsAt: string | null;
}

/**
 * A filter the gap engine cannot answer: fields that contradict each other, or a code nothing has. It
 * names the filter field (`toYear`, `cohort`) so each surface says it its own way: GraphQL as the
 * argument `filter.toYear`, the export as the query parameter `toYear`.
 */
export class GapFilterError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'GapFilterError';
  }

  /** The GraphQL error naming the argument: the field after `prefix` (`filter.`, or none for a field's own arguments). */
  asArgument(prefix = ''): GraphQLError {
    return badArgument(`${prefix}${this.field}`, this.reason);
  }
}

/** Runs `work`, turning a GapFilterError into the GraphQL error naming the argument under `prefix`. */
export async function namingArguments<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof GapFilterError ? error.asArgument(prefix) : error;
  }
}

/** Normalises codes (upper case, trimmed) and settles the level; contradictory fields are a GapFilterError. */
export function parseGapFilter(filter: GapFilter): GapFilterValues {
  const laCode = normalisedCode(filter.laCode);
  const level = filter.level ?? (laCode ? GapLevel.PLACE : GapLevel.ICS);
  const domain = filter.domain ?? null;
  if (domain !== null && !levelsOf(domain).includes(level)) {
    throw new GapFilterError('domain', `${domain} findings exist at ${levelsOf(domain).join(' and ')} level only (level was ${level})`);
  }
  const fromYear = filter.fromYear ?? null;
  const toYear = filter.toYear ?? null;
  if (fromYear !== null && toYear !== null && fromYear > toYear) {
    throw new GapFilterError('toYear', `must not be before fromYear (${toYear} < ${fromYear})`);
  }
  return {
    icsCode: normalisedCode(filter.icsCode),
    laCode,
    level,
    domain,
    year: filter.year ?? null,
    fromYear,
    toYear,
    cohort: normalisedCode(filter.cohort),
    needCategory: normalisedCode(filter.needCategory),
    pathwayStage: normalisedCode(filter.pathwayStage),
    basis: filter.basis ?? null,
    populationGroup: normalisedCode(filter.populationGroup),
    minSeverity: filter.minSeverity ?? null,
    boundariesAsAt: boundariesAsAt(filter.boundariesAsAt),
  };
}

/** A re-basing date as given (GraphQL has checked it; the export has not): a real day as YYYY-MM-DD, else a GapFilterError. */
function boundariesAsAt(value: string | null | undefined): string | null {
  const day = value?.trim();
  if (!day) return null;
  if (!isCalendarDate(day)) throw new GapFilterError('boundariesAsAt', `must be a date as YYYY-MM-DD, e.g. 2026-04-01 (was '${day}')`);
  return day;
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
