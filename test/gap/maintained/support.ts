import type { SqlRunner } from '../../../src/db/sql.js';
import { gapFindingsStatement, type FindingsSource } from '../../../src/gap/findings.sql.js';
import type { FindingRow } from '../../../src/gap/findings.js';
import { parseGapFilter } from '../../../src/gap/gap-filter.js';
import type { GapFilter } from '../../../src/gap/GapFilter.input.js';
import { GapOrder } from '../../../src/gap/GapOrder.js';
import { severityThresholds } from '../../../src/gap/severity.js';

const EVERY_FINDING = { offset: 0, limit: 2_147_483_647 };

/** Every finding a filter matches, read from one source, in pathway order, with whether that source was fresh. */
export async function findingsFrom(sql: SqlRunner, source: FindingsSource, filter: GapFilter, asOfDate: string) {
  const request = { filter: parseGapFilter(filter), order: GapOrder.PATHWAY, page: EVERY_FINDING, thresholds: severityThresholds(), asOfDate, source };
  const { text, params } = gapFindingsStatement(request);
  const rows = await sql.rows<FindingRow>(text, params);
  return { fresh: rows[0].fresh, findings: rows.filter((row) => row.domain !== null) };
}

/**
 * Asserts the maintained findings are fresh and equal, column for column and explanation included, what the
 * reference statement computes for the filter.
 */
export async function expectMaintainedEqualsReference(sql: SqlRunner, filter: GapFilter, asOfDate: string): Promise<number> {
  const maintained = await findingsFrom(sql, 'maintained', filter, asOfDate);
  const reference = await findingsFrom(sql, 'reference', filter, asOfDate);
  expect({ filter, fresh: maintained.fresh }).toEqual({ filter, fresh: true });
  expect(maintained.findings.map(({ fresh, ...row }) => row)).toEqual(reference.findings.map(({ fresh, ...row }) => row));
  return reference.findings.length;
}

/** Runs `work` with environment variables set, restoring them after. */
export async function withEnv<T>(vars: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Sets environment variables for a test file (before its own `beforeAll` hooks), restoring them after. */
export function envForFile(vars: Record<string, string>): void {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  beforeAll(() => void Object.assign(process.env, vars));
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
}
