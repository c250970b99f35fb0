import type { SqlRunner } from '../db/sql.js';
import { financialYearLabel } from '../graphql/financial-year.js';
import { unknownCode, type CheckRow } from './code-checks.js';
import { gapRule, type GapDomain } from './domains/index.js';
import { gapFindingsStatement, type FindingsSource, type GapFindingsRequest } from './findings.sql.js';
import { maintainedServes } from './maintained/maintained-findings.sql.js';
import type { GapLevel } from './GapLevel.js';
import type { GapUnit } from './GapUnit.js';
import type { Basis } from './Basis.js';
import type { GapSeverity } from './severity.js';
import type { GapExplanation, GapFinding } from './GapFinding.type.js';

// The statement is also streamed whole for the export (findings-export.ts).
export { gapFindingsStatement, type GapFindingsRequest };

export interface FindingRow extends CheckRow {
  total: number;
  /** Whether the statement's findings hold the data as it is now (see FindingsSource). */
  fresh: boolean;
  domain: GapDomain | null;
  level: GapLevel;
  icsCode: string;
  laCode: string | null;
  cohort: string | null;
  needCategory: string | null;
  pathwayStage: string | null;
  role: string | null;
  year: number;
  need: number | null;
  provision: number;
  gap: number | null;
  coverage: number | null;
  severity: GapSeverity | null;
  unit: GapUnit;
  basis: Basis | null;
  populationGroup: string | null;
  needSource: string | null;
  roleName: string | null;
  targetRatePerMillion: number | null;
  actualRatePerMillion: number | null;
  projectedWaitingList: number | null;
  monthsToStandard: number | null;
  impliedWaitWeeks: number | null;
  explanation: Omit<GapExplanation, 'rule'> | null;
}

/**
 * The sources to read a request from, in turn until one is fresh: the maintained findings when they can serve it
 * (each year on its own boundaries), then the reference statement.
 */
export function sourcesFor(request: Pick<GapFindingsRequest, 'filter'>): FindingsSource[] {
  return maintainedServes(request.filter) ? ['maintained', 'reference'] : ['reference'];
}

/**
 * One page of gap findings and the number matching, read by one SQL statement (two when the maintained
 * findings are behind the data or were derived for another date); an unknown code is a GapFilterError.
 */
export async function findGapFindings(
  sql: SqlRunner,
  request: GapFindingsRequest,
): Promise<{ findings: GapFinding[]; totalCount: number }> {
  let rows: FindingRow[] = [];
  for (const source of sourcesFor(request)) {
    const { text, params } = gapFindingsStatement({ ...request, source });
    rows = await sql.rows<FindingRow>(text, params);
    if (rows[0].fresh) break;
  }
  const error = unknownCode(rows[0], request.filter);
  if (error) throw error;
  const findings = rows.filter((row) => row.domain !== null).map(findingOf);
  return { findings, totalCount: rows[0].total };
}

/** A finding from a row of the statement (a row whose domain is not null). */
export function findingOf(row: FindingRow): GapFinding {
  return {
    domain: row.domain!,
    level: row.level,
    icsCode: row.icsCode,
    laCode: row.laCode,
    cohort: row.cohort,
    needCategory: row.needCategory,
    pathwayStage: row.pathwayStage,
    role: row.role,
    year: row.year,
    yearLabel: financialYearLabel(row.year),
    need: row.need,
    provision: row.provision,
    gap: row.gap,
    coverage: row.coverage,
    severity: row.severity,
    unit: row.unit,
    basis: row.basis,
    populationGroup: row.populationGroup,
    needSource: row.needSource,
    roleName: row.roleName,
    targetRatePerMillion: row.targetRatePerMillion,
    actualRatePerMillion: row.actualRatePerMillion,
    projectedWaitingList: row.projectedWaitingList,
    monthsToStandard: row.monthsToStandard,
    impliedWaitWeeks: row.impliedWaitWeeks,
    explanation: { rule: gapRule(row.domain!, row.level), ...row.explanation },
  };
}
