import type { SqlRunner } from '../../db/sql.js';
import { connectionOf, type ConnectionResult } from '../../graphql/connection.js';
import { financialYearLabel } from '../../graphql/financial-year.js';
import { unknownCode, type CheckRow } from '../code-checks.js';
import type { GapAnalyticsRow } from './GapAnalyticsRow.type.js';
import { sourcesFor } from '../findings.js';
import { gapAnalyticsStatement, type GapAnalyticsRequest } from './gap-analytics.sql.js';

type Row = CheckRow & Omit<GapAnalyticsRow, 'yearLabel'> & { total: number; fresh: boolean };

/**
 * A page of grouped gap measures; the database does the grouping and summing, over the maintained findings when
 * they are fresh (see findGapFindings). An unknown code is a GapFilterError.
 */
export async function gapAnalytics(sql: SqlRunner, request: GapAnalyticsRequest): Promise<ConnectionResult<GapAnalyticsRow>> {
  let rows: Row[] = [];
  for (const source of sourcesFor(request)) {
    const { text, params } = gapAnalyticsStatement({ ...request, source });
    rows = await sql.rows<Row>(text, params);
    if (rows[0].fresh) break;
  }
  const error = unknownCode(rows[0], request.filter);
  if (error) throw error;
  const groups = rows
    .filter((row) => row.unit !== null)
    .map(({ total, ...row }) => ({
      region: row.region,
      ics: row.ics,
      localAuthority: row.localAuthority,
      domain: row.domain,
      cohort: row.cohort,
      cohortGroup: row.cohortGroup,
      needCategory: row.needCategory,
      pathwayStage: row.pathwayStage,
      year: row.year === null ? null : Number(row.year),
      yearLabel: row.year === null ? null : financialYearLabel(Number(row.year)),
      unit: row.unit,
      basis: row.basis,
      need: row.need,
      provision: row.provision,
      gap: row.gap,
      coverage: row.coverage,
      severity: row.severity,
      worstSeverity: row.worstSeverity,
      findingCount: row.findingCount,
      criticalCount: row.criticalCount,
      directPaymentPeople: row.directPaymentPeople,
      directPaymentShare: row.directPaymentShare,
      phbPeople: row.phbPeople,
    }));
  return connectionOf(groups, rows[0].total, request.page);
}
