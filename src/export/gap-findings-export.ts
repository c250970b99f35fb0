import { GraphQLError } from 'graphql';
import { streamGapFindings } from '../gap/export-findings.js';
import { GapDomain, GapLevel, GapOrder, GapSeverity } from '../gap/gap-enums.js';
import type { GapFinding } from '../gap/GapFinding.type.js';
import { csvChunks } from './csv-writer.js';
import { parameterError } from './errors.js';
import { jsonArrayChunks } from './json-writer.js';
import { integer, oneOf, readParams, text } from './query-params.js';
import { primed, type PreparedExport } from './stream-response.js';

/** The columns of gap-findings.csv (and keys of gap-findings.json), in order: a contract with BI reports. */
export const GAP_FINDING_COLUMNS = [
  'domain', 'level', 'ics_code', 'la_code', 'cohort', 'need_category', 'pathway_stage', 'role', 'year', 'year_label',
  'need', 'provision', 'gap', 'coverage', 'severity', 'unit', 'explanation',
] as const;

type GapFindingRecord = Record<(typeof GAP_FINDING_COLUMNS)[number], unknown>;

/** Query parameters: the fields of the GraphQL `GapFilter`, and `orderBy` as in `gapFindings`. */
const PARAMS = {
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
  minSeverity: oneOf(GapSeverity),
  orderBy: oneOf(GapOrder),
};

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
    explanation: finding.explanation,
  };
}

const DOWNLOADS = {
  csv: { contentType: 'text/csv; charset=utf-8', filename: 'gap-findings.csv' },
  json: { contentType: 'application/json; charset=utf-8', filename: 'gap-findings.json' },
};

/**
 * GET /export/gap-findings.csv|json: every finding the filter matches, one row each, in `orderBy` order.
 * The parameters are read now (a bad one throws); the returned function computes the file.
 */
export function gapFindingsExport(url: URL, format: 'csv' | 'json'): PreparedExport {
  const { orderBy, ...filter } = readParams(url.searchParams, PARAMS);
  return async (database) => {
    const stream = streamGapFindings(database.sql(), filter, orderBy ?? GapOrder.SEVERITY);
    const records = mapAsync(await primed(stream).catch(asParameterError), recordOf);
    if (format === 'json') return { download: DOWNLOADS.json, chunks: jsonArrayChunks(records) };
    const rows = mapAsync(records, (record) => GAP_FINDING_COLUMNS.map((column) => record[column]));
    return { download: DOWNLOADS.csv, chunks: csvChunks(GAP_FINDING_COLUMNS, rows) };
  };
}

/** The gap engine names a bad filter field as a GraphQL argument (`filter.year`); here it is a query parameter. */
function asParameterError(error: unknown): never {
  if (!(error instanceof GraphQLError) || typeof error.extensions.argument !== 'string') throw error;
  const name = error.extensions.argument.replace(/^filter\./, '');
  throw parameterError(name, error.message.replace(/^Argument "[^"]*": /, ''));
}

async function* mapAsync<T, U>(source: AsyncIterable<T>, map: (item: T) => U): AsyncGenerator<U> {
  for await (const item of source) yield map(item);
}
