import type { FindingNode } from './findings-query.js';

/** The cell a finding is about, without its place: place findings with the same key make up one ICS finding. */
export const icsKey = (f: FindingNode) =>
  [f.domain, f.icsCode, f.cohort, f.needCategory, f.pathwayStage, f.basis, f.role, f.year].join('|');

/**
 * Differences between each ICS finding and the sum of its place findings (need and provision), and
 * ICS findings without places or places without an ICS finding. Empty when the invariant holds.
 */
export function placeSumDifferences(icsFindings: FindingNode[], placeFindings: FindingNode[]): string[] {
  const sums = new Map<string, { need: number; provision: number }>();
  for (const place of placeFindings) {
    const sum = sums.get(icsKey(place)) ?? { need: 0, provision: 0 };
    sums.set(icsKey(place), { need: sum.need + (place.need ?? 0), provision: sum.provision + place.provision });
  }
  const problems: string[] = [];
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  for (const ics of icsFindings) {
    const sum = sums.get(icsKey(ics));
    if (!sum) problems.push(`${icsKey(ics)}: no place findings`);
    else if (!close(sum.need, ics.need ?? 0) || !close(sum.provision, ics.provision)) {
      problems.push(`${icsKey(ics)}: places sum to ${sum.need}/${sum.provision}, ICS has ${ics.need}/${ics.provision}`);
    }
    sums.delete(icsKey(ics));
  }
  for (const key of sums.keys()) problems.push(`${key}: place findings without an ICS finding`);
  return problems;
}
