import type { SqlRunner } from '../db/sql.js';
import { findGapFindings } from '../gap/findings.js';
import { parseGapFilter } from '../gap/gap-filter.js';
import type { GapFinding } from '../gap/GapFinding.type.js';
import { GapLevel } from '../gap/GapLevel.js';
import { GapOrder } from '../gap/GapOrder.js';
import { severityThresholds } from '../gap/severity.js';
import { financialYearLabel } from '../graphql/financial-year.js';
import { replayScenario } from './scenario-replay.js';
import type { ScenarioRow } from './scenario-store.sql.js';
import type { ScenarioFindingChange } from './ScenarioFindingChange.type.js';

// Every finding of one ICS over a few years fits well below this; it only bounds the statement's page.
const ALL = { offset: 0, limit: 1_000_000 };

/**
 * The scenario's ICS's findings (ICS and place level, every domain) from `fromYear` to `toYear` on the baseline and
 * with the scenario, in one transaction the caller rolls back: baseline first, then the scenario replayed over it
 * and the same statements again. Lists the findings whose gap or severity differ, appear or disappear.
 */
export async function compareScenario(
  sql: SqlRunner,
  scenario: ScenarioRow,
  { fromYear, toYear, asOfDate }: { fromYear: number; toYear: number; asOfDate: string },
): Promise<ScenarioFindingChange[]> {
  const findings = async () => {
    const byIdentity = new Map<string, GapFinding>();
    // One after the other: both run on the transaction's one connection.
    for (const level of [GapLevel.ICS, GapLevel.PLACE]) {
      const filter = parseGapFilter({ icsCode: scenario.icsCode, level, fromYear, toYear });
      // The records behind each finding would cost most of the time: the comparison gives figures and the rule.
      const request = { filter, order: GapOrder.SEVERITY, page: ALL, thresholds: severityThresholds(), asOfDate, explain: false };
      for (const finding of (await findGapFindings(sql, request)).findings) byIdentity.set(identityOf(finding), finding);
    }
    return byIdentity;
  };
  const baseline = await findings();
  await replayScenario(sql, scenario);
  const withScenario = await findings();
  const changes: ScenarioFindingChange[] = [];
  for (const key of new Set([...baseline.keys(), ...withScenario.keys()])) {
    const before = baseline.get(key) ?? null;
    const after = withScenario.get(key) ?? null;
    if (before && after && before.gap === after.gap && before.severity === after.severity) continue;
    changes.push(changeOf(before, after));
  }
  return changes.sort(byScopeThenDimensions);
}

/** What makes a finding the same finding on the baseline and in the scenario: its scope, dimensions and year. */
function identityOf(finding: GapFinding): string {
  const { domain, level, icsCode, laCode, cohort, needCategory, pathwayStage, role, basis, populationGroup, year } = finding;
  return JSON.stringify([level, icsCode, laCode, domain, year, pathwayStage, cohort, needCategory, role, basis, populationGroup]);
}

function changeOf(baseline: GapFinding | null, scenario: GapFinding | null): ScenarioFindingChange {
  const finding = (scenario ?? baseline)!;
  const gapChange = baseline?.gap != null && scenario?.gap != null ? round(scenario.gap - baseline.gap) : null;
  return {
    domain: finding.domain, level: finding.level, icsCode: finding.icsCode, laCode: finding.laCode, cohort: finding.cohort,
    needCategory: finding.needCategory, pathwayStage: finding.pathwayStage, role: finding.role, basis: finding.basis,
    populationGroup: finding.populationGroup, year: finding.year, yearLabel: financialYearLabel(finding.year),
    gapChange, baseline, scenario,
  };
}

// Gaps are sums of decimals: keep the difference free of binary noise.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

function byScopeThenDimensions(a: ScenarioFindingChange, b: ScenarioFindingChange): number {
  const key = (c: ScenarioFindingChange) =>
    [c.level === GapLevel.ICS ? 0 : 1, c.laCode ?? '', c.domain, c.year, c.pathwayStage ?? '', c.cohort ?? '', c.needCategory ?? '', c.role ?? ''].join('|');
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
