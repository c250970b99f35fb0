import type { GapSeverity } from './generated/graphql.js';

/** A heatmap cell's grade: a finding severity, or no finding at all for that row and stage. */
export type CellGrade = GapSeverity | 'NO_DATA';

/** Mildest first, as the server ranks them. */
export const SEVERITIES: readonly GapSeverity[] = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** Written in every cell, so the grade reads without colour. */
export const GRADE_LABELS: Record<CellGrade, string> = {
  NONE: 'None',
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
  CRITICAL: 'Critical',
  NO_DATA: 'No data',
};

export const GRADE_MEANINGS: Record<CellGrade, string> = {
  NONE: 'need met (coverage 100% or more), or no need',
  LOW: 'coverage 90% to under 100%',
  MEDIUM: 'coverage 75% to under 90%',
  HIGH: 'coverage under 75%, some provision',
  CRITICAL: 'need but no provision: a break in the pathway',
  NO_DATA: 'no finding for this stage',
};

export function worseOf(a: GapSeverity | null, b: GapSeverity | null): GapSeverity | null {
  if (a === null) return b;
  if (b === null) return a;
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;
}
