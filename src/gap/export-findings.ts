import type { SqlRunner } from '../db/sql.js';
import { unknownCode } from './code-checks.js';
import { findingOf, gapFindingsStatement, type FindingRow } from './findings.js';
import type { GapOrder } from './GapOrder.js';
import type { GapFilter } from './GapFilter.input.js';
import { parseGapFilter } from './gap-filter.js';
import type { GapFinding } from './GapFinding.type.js';
import { severityThresholds } from './severity.js';

// The largest page the statement's int bind parameters allow: "every finding", with no paging.
const EVERY_FINDING = { offset: 0, limit: 2_147_483_647 };

/**
 * Every gap finding matching a filter, streamed through an SQL cursor in the order of `gapFindings`,
 * computed by the same statement. A bad filter or an unknown code (a GapFilterError) is thrown by the
 * first `next()`, before any finding is yielded.
 */
export async function* streamGapFindings(sql: SqlRunner, filter: GapFilter, order: GapOrder): AsyncGenerator<GapFinding> {
  const values = parseGapFilter(filter);
  const { text, params } = gapFindingsStatement({ filter: values, order, page: EVERY_FINDING, thresholds: severityThresholds() });
  let checked = false;
  for await (const row of sql.stream<FindingRow>(text, params)) {
    if (!checked) {
      // The first row carries the code checks (and no finding when nothing matches).
      const error = unknownCode(row, values);
      if (error) throw error;
      checked = true;
    }
    if (row.domain !== null) yield findingOf(row);
  }
}
