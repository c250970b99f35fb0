import { formatCoverage, formatQuantity } from './format.js';
import type { HeatmapCellFragment } from './generated/graphql.js';
import type { HeatmapCell } from './heatmap.js';
import { GRADE_LABELS, worseOf } from './severity.js';

const NO_FINDINGS: HeatmapCell = { grade: 'NO_DATA', details: ['No gap finding for this stage with these filters'] };

/**
 * Heatmap cells from `gapAnalytics` rows grouped by a row dimension and pathway stage. A cell is graded by
 * the worst finding in it; its figures are the group's sums. Rows are split by unit and basis, so a cell can
 * hold more than one (prevention plans caseloads and assessments a year): each is described on its own.
 */
export function heatmapCells<Row extends HeatmapCellFragment>(rows: Row[], rowCode: (row: Row) => string | null): (code: string, stage: string) => HeatmapCell {
  const cells = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${rowCode(row)}|${row.pathwayStage}`;
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  return (code, stage) => {
    const group = cells.get(`${code}|${stage}`);
    if (!group) return NO_FINDINGS;
    const worst = group.reduce((grade, row) => worseOf(grade, row.worstSeverity), null as HeatmapCellFragment['worstSeverity']);
    return { grade: worst ?? 'NO_DATA', details: group.flatMap(describe) };
  };
}

function describe(row: HeatmapCellFragment): string[] {
  const findings = `${row.findingCount} finding${row.findingCount === 1 ? '' : 's'}${row.criticalCount ? `, ${row.criticalCount} critical` : ''}`;
  if (row.need === null) return [`${findings}; need not costed (no unit cost), so no severity`];
  // A number a year reads as such, so it is never taken for people supported at one time.
  const perYear = row.basis === 'PER_YEAR' ? ' a year' : '';
  return [
    `Need: ${formatQuantity(row.need, row.unit)}${perYear}`,
    `Provision: ${formatQuantity(row.provision, row.unit)}${perYear}`,
    `Gap: ${formatQuantity(row.gap, row.unit)}${perYear}${row.gap !== null && row.gap < 0 ? ' (more provision than need)' : ''}`,
    `Coverage: ${formatCoverage(row.coverage)}${row.severity ? ` (all findings together: ${GRADE_LABELS[row.severity]})` : ''}`,
    findings,
  ];
}
