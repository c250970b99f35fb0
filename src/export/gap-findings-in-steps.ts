import { readDataVersion } from '../coverage/data-version.js';
import { yieldToEventLoop } from '../db/event-loop.js';
import type { SqlRunner } from '../db/sql.js';
import { unknownCode } from '../gap/code-checks.js';
import { GAP_DOMAINS } from '../gap/domains/index.js';
import { EVERY_FINDING, findingsFile, GAP_FINDINGS_PARAMS, gapFindingsExport } from '../gap/findings-export.js';
import { findingOf, gapFindingsStatement, type FindingRow } from '../gap/findings.js';
import { GapFilterError, parseGapFilter, type GapFilterValues } from '../gap/gap-filter.js';
import type { GapFinding } from '../gap/GapFinding.type.js';
import { GapOrder, orderBySql } from '../gap/GapOrder.js';
import { severityRankSql, severityThresholds } from '../gap/severity.js';
import { dateOfReading } from '../config.js';
import { parameterError } from './errors.js';
import { readParams } from './query-params.js';
import { primed, type PreparedExport } from './stream-response.js';

/*
 * On PGlite the database runs inside the server's process, one statement at a time, and a statement holds the
 * event loop until it ends. The statement computing every finding of England over every year ran for minutes
 * there, and nothing else was served meanwhile, not even /healthz. So on PGlite the gap export computes its
 * findings one ICS and one year at a time, each step a short statement writing into a temporary table of the
 * session, and then streams that table in the export's order through a held cursor (batch by batch, memory
 * flat). Same statement per step, same order and tie-breaks as `gapFindings`; only the work is cut in pieces.
 */

let exports = 0;

/** The statement's row, with the columns `orderBySql` sorts by (those of its `ranked` CTE), kept for the final read. */
function withOrderColumns(statement: string): string {
  const domainOrder = `case s.domain ${GAP_DOMAINS.map((d, i) => `when '${d.name}' then ${i}`).join(' ')} end`;
  return `select s.*, ${severityRankSql('s.severity')} as severity_rank, ${domainOrder} as domain_order,
      s."icsCode" as ics_code, s."laCode" as la_code, s."populationGroup" as population_group,
      (select sort_order from cohorts where code = s.cohort) as cohort_order,
      (select sort_order from need_categories where code = s."needCategory") as category_order,
      (select sort_order from pathway_stages where code = s."pathwayStage") as stage_order
    from (${statement}) s`;
}

type YearStep = Pick<GapFilterValues, 'year' | 'fromYear' | 'toYear'>;

/**
 * The years in steps: each year held (imported need) on its own, and the years around and between them as
 * ranges, so findings of a year no need was imported for (a plan or census year) are not missed. Within the
 * filter's own years; a null end is open.
 */
export function yearSteps(filter: YearStep, held: readonly number[]): YearStep[] {
  if (filter.year !== null) return [{ year: filter.year, fromYear: null, toYear: null }];
  const { fromYear: from, toYear: to } = filter;
  const steps: YearStep[] = [];
  const range = (a: number | null, b: number | null) => {
    if (a !== null && b !== null && a > b) return;
    steps.push(a !== null && a === b ? { year: a, fromYear: null, toYear: null } : { year: null, fromYear: a, toYear: b });
  };
  let next = from;
  for (const year of [...held].sort((a, b) => a - b)) {
    if ((from !== null && year < from) || (to !== null && year > to)) continue;
    range(next, year - 1);
    range(year, year);
    next = year + 1;
  }
  range(next, to);
  return steps;
}

/**
 * The steps: the year steps; for all of England each also one ICS at a time. A filter naming an ICS or a place
 * keeps its own scope in every step (an ICS added to a place's filter would have to hold that place).
 */
async function steps(sql: SqlRunner, filter: GapFilterValues): Promise<Partial<GapFilterValues>[]> {
  const years = yearSteps(filter, filter.year !== null ? [] : (await readDataVersion(sql)).years);
  const icss: (string | null)[] = filter.icsCode || filter.laCode
    ? [filter.icsCode]
    : (await sql.rows<{ code: string }>('select ods_code as code from integrated_care_systems order by ods_code')).map((row) => row.code);
  return icss.flatMap((icsCode) => years.map((year) => ({ icsCode, ...year })));
}

/**
 * Every gap finding matching a filter, in `order`, computed step by step into a temporary table (PGlite only:
 * a temporary table belongs to one session, and PGlite has exactly one). A bad filter or an unknown code (a
 * GapFilterError) is thrown by the first `next()`, before any finding is yielded.
 */
export async function* gapFindingsInSteps(
  sql: SqlRunner,
  filter: Parameters<typeof parseGapFilter>[0],
  order: GapOrder,
  asOfDate: string,
  signal?: AbortSignal,
): AsyncGenerator<GapFinding> {
  const values = parseGapFilter(filter);
  const thresholds = severityThresholds();
  const table = `gap_export_${process.pid}_${(exports += 1)}`;
  const statementFor = (narrowed: GapFilterValues) =>
    gapFindingsStatement({ filter: narrowed, order, page: EVERY_FINDING, thresholds, asOfDate });
  // The table takes its columns from the first step's statement, planned but not run (WITH NO DATA).
  const plan = await steps(sql, values);
  // No ICS at all: the filter as asked, once (nothing to compute; its code checks still run).
  if (!plan.length) plan.push({});
  const first = statementFor({ ...values, ...plan[0] });
  await sql.rows(`create temp table ${table} as ${withOrderColumns(first.text)} with no data`, first.params);
  try {
    for (const [index, step] of plan.entries()) {
      // PGlite's statements do not return to the event loop by themselves: each step lets other requests in.
      await yieldToEventLoop();
      signal?.throwIfAborted();
      const statement = index === 0 ? first : statementFor({ ...values, ...step });
      await sql.rows(`insert into ${table} ${withOrderColumns(statement.text)}`, statement.params);
      if (index > 0) continue;
      // Every row carries the filter's code checks: an unknown code is a 400 after the first step, not the last.
      const [check] = await sql.rows<FindingRow>(`select * from ${table} limit 1`);
      const error = unknownCode(check, values);
      if (error) throw error;
    }
    for await (const row of sql.stream<FindingRow>(`select * from ${table} where domain is not null order by ${orderBySql(order)}`)) {
      yield findingOf(row);
    }
  } finally {
    await sql.rows(`drop table if exists ${table}`);
  }
}

/**
 * GET /export/gap-findings.csv|json on PGlite: the parameters are read and checked exactly as the one-statement
 * export reads them (a bad one throws its 400 now); the file has the same columns, rows and order.
 */
export function gapFindingsExportInSteps(url: URL, format: 'csv' | 'json', asOfDate: string | null): PreparedExport {
  gapFindingsExport(url, format, asOfDate);
  const { orderBy, ...filter } = readParams(url.searchParams, GAP_FINDINGS_PARAMS);
  const readOn = dateOfReading(asOfDate);
  return async (database, signal) => {
    const findings = gapFindingsInSteps(database.sql(), filter, orderBy ?? GapOrder.SEVERITY, readOn, signal);
    return findingsFile(await primed(findings).catch(asParameterError), format);
  };
}

function asParameterError(error: unknown): never {
  throw error instanceof GapFilterError ? parameterError(error.field, error.reason) : error;
}
