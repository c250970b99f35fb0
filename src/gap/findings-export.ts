import { dateOfReading } from '../config.js';
import type { SqlRunner } from '../db/sql.js';
import { csvChunks } from '../export/csv-writer.js';
import { parameterError } from '../export/errors.js';
import { jsonArrayChunks } from '../export/json-writer.js';
import { integer, oneOf, readParams, text, type ParamValues } from '../export/query-params.js';
import { primed, type PreparedExport } from '../export/stream-response.js';
import { unknownCode } from './code-checks.js';
import { GapDomain } from './domains/index.js';
import { Basis } from './Basis.js';
import { GraphQLError } from 'graphql';
import type { Database } from '../db/database.js';
import { rolledBack } from '../db/rolled-back.js';
import { withScenario } from '../scenario/with-scenario.js';
import { findGapFindings, findingOf, gapFindingsStatement, sourcesFor, type FindingRow } from './findings.js';
import { GapFilterError, parseGapFilter } from './gap-filter.js';
import type { GapFinding } from './GapFinding.type.js';
import { GapLevel } from './GapLevel.js';
import { GapOrder } from './GapOrder.js';
import { GapSeverity, severityThresholds } from './severity.js';

/** The columns of gap-findings.csv (and keys of gap-findings.json), in order: a contract with BI reports. */
export const GAP_FINDING_COLUMNS = [
  'domain', 'level', 'ics_code', 'la_code', 'cohort', 'need_category', 'pathway_stage', 'role', 'year', 'year_label',
  'need', 'provision', 'gap', 'coverage', 'severity', 'unit',
  'basis', 'population_group', 'need_source', 'role_name', 'target_rate_per_million', 'actual_rate_per_million',
  'projected_waiting_list', 'months_to_standard', 'implied_wait_weeks',
  'explanation',
] as const;

type GapFindingRecord = Record<(typeof GAP_FINDING_COLUMNS)[number], unknown>;

/** Query parameters: the fields of the GraphQL `GapFilter`, and `orderBy` as in `gapFindings`. */
export const GAP_FINDINGS_PARAMS = {
  icsCode: text,
  laCode: text,
  level: oneOf(GapLevel),
  domain: oneOf(GapDomain),
  year: integer,
  fromYear: integer,
  toYear: integer,
  cohort: text,
  needCategory: text,
  pathwayStage: text,
  basis: oneOf(Basis),
  populationGroup: text,
  minSeverity: oneOf(GapSeverity),
  // Checked by the filter (a GapFilterError naming it), as GraphQL's Date scalar checks it there.
  boundariesAsAt: text,
  orderBy: oneOf(GapOrder),
  // A scenario's id: the findings computed with it (src/scenario).
  scenario: text,
};

// The largest page the statement's int bind parameters allow: "every finding", with no paging.
export const EVERY_FINDING = { offset: 0, limit: 2_147_483_647 };

/**
 * Every gap finding matching a filter, streamed through an SQL cursor in the order of `gapFindings`,
 * computed by the same statement. A bad filter or an unknown code (a GapFilterError) is thrown by the
 * first `next()`, before any finding is yielded.
 */
export async function* streamGapFindings(
  sql: SqlRunner,
  filter: ParamValues<typeof GAP_FINDINGS_PARAMS>,
  order: GapOrder,
  asOfDate: string,
): AsyncGenerator<GapFinding> {
  const values = parseGapFilter(filter);
  for (const source of sourcesFor({ filter: values })) {
    const request = { filter: values, order, page: EVERY_FINDING, thresholds: severityThresholds(), asOfDate, source };
    const { text, params } = gapFindingsStatement(request);
    let first = true;
    for await (const row of sql.stream<FindingRow>(text, params)) {
      if (first) {
        // The first row says whether the findings are fresh (else the next source is read), and carries the
        // code checks (and no finding when nothing matches).
        if (!row.fresh) break;
        const error = unknownCode(row, values);
        if (error) throw error;
        first = false;
      }
      if (row.domain !== null) yield findingOf(row);
    }
    if (!first) return;
  }
}

function recordOf(finding: GapFinding): GapFindingRecord {
  return {
    domain: finding.domain,
    level: finding.level,
    ics_code: finding.icsCode,
    la_code: finding.laCode,
    cohort: finding.cohort,
    need_category: finding.needCategory,
    pathway_stage: finding.pathwayStage,
    role: finding.role,
    year: finding.year,
    year_label: finding.yearLabel,
    need: finding.need,
    provision: finding.provision,
    gap: finding.gap,
    coverage: finding.coverage,
    severity: finding.severity,
    unit: finding.unit,
    basis: finding.basis,
    population_group: finding.populationGroup,
    need_source: finding.needSource,
    role_name: finding.roleName,
    target_rate_per_million: finding.targetRatePerMillion,
    actual_rate_per_million: finding.actualRatePerMillion,
    projected_waiting_list: finding.projectedWaitingList,
    months_to_standard: finding.monthsToStandard,
    implied_wait_weeks: finding.impliedWaitWeeks,
    explanation: finding.explanation,
  };
}

export const GAP_FINDINGS_DOWNLOADS = {
  csv: { contentType: 'text/csv; charset=utf-8', filename: 'gap-findings.csv' },
  json: { contentType: 'application/json; charset=utf-8', filename: 'gap-findings.json' },
};

/**
 * GET /export/gap-findings.csv|json: every finding the filter matches, one row each, in `orderBy` order,
 * read on AS_OF_DATE (`asOfDate`) or today. The parameters are read now (a bad one throws); the returned function computes the file.
 */
export function gapFindingsExport(url: URL, format: 'csv' | 'json', asOfDate: string | null): PreparedExport {
  const { orderBy, scenario, ...filter } = readParams(url.searchParams, GAP_FINDINGS_PARAMS);
  const readOn = dateOfReading(asOfDate);
  return async (database) => {
    const order = orderBy ?? GapOrder.SEVERITY;
    const stream = scenario
      ? scenarioGapFindings(database, scenario, filter, order, readOn)
      : streamGapFindings(database.sql(), filter, order, readOn);
    return findingsFile(await primed(stream).catch(asParameterError), format);
  };
}

/** The export file of a stream of findings: CSV rows or JSON objects, with the columns of GAP_FINDING_COLUMNS. */
export function findingsFile(findings: AsyncIterable<GapFinding>, format: 'csv' | 'json') {
  const records = mapAsync(findings, recordOf);
  if (format === 'json') return { download: GAP_FINDINGS_DOWNLOADS.json, chunks: jsonArrayChunks(records) };
  const rows = mapAsync(records, (record) => GAP_FINDING_COLUMNS.map((column) => record[column]));
  return { download: GAP_FINDINGS_DOWNLOADS.csv, chunks: csvChunks(GAP_FINDING_COLUMNS, rows) };
}

/**
 * The findings with a scenario applied: computed in a transaction that replays the scenario and is rolled back,
 * so they are read whole before the transaction ends (not streamed), by the same statement.
 */
async function* scenarioGapFindings(
  database: Database,
  scenario: string,
  filter: ParamValues<typeof GAP_FINDINGS_PARAMS>,
  order: GapOrder,
  asOfDate: string,
): AsyncGenerator<GapFinding> {
  const request = { filter: parseGapFilter(filter), order, page: EVERY_FINDING, thresholds: severityThresholds(), asOfDate };
  const context = { sql: database.sql(), trial: <T>(work: (sql: SqlRunner) => Promise<T>) => rolledBack(database, work) };
  yield* (await withScenario(context, scenario, (sql) => findGapFindings(sql, request))).findings;
}

/** A filter field the gap engine rejects is the query parameter of the same name; so is an unknown scenario. */
function asParameterError(error: unknown): never {
  if (error instanceof GapFilterError) throw parameterError(error.field, error.reason);
  if (error instanceof GraphQLError && error.extensions.argument === 'scenario') throw parameterError('scenario', error.message.replace(/^Argument "scenario": /, ''));
  throw error;
}

async function* mapAsync<T, U>(source: AsyncIterable<T>, map: (item: T) => U): AsyncGenerator<U> {
  for await (const item of source) yield map(item);
}
