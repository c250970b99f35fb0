/**
 * What each gap field really costs, by scope, on the demo dataset: the figures behind the weights in
 * src/server/limits/gap-statement-weights.ts. `npm run bench:costs` (PostgreSQL) or `-- --pglite`.
 *
 * Each request runs in-process through Apollo (no HTTP), one at a time, after one warm-up; printed are
 * the p50 and p95 of the runs, the estimated cost before this weighting (each field 1, pages × rows)
 * and now, and the weight the figure suggests (p50 × COST_UNITS_PER_MS).
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { createApp, type App } from '../src/app.js';
import { configFromEnv } from '../src/config.js';
import { importDataset } from '../src/dataset/index.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { createRequestContext } from '../src/graphql/context.js';
import { buildApiSchema } from '../src/graphql/schema.js';
import { pageSizeEstimator } from '../src/server/limits/page-size-estimator.js';
import { COST_UNITS_PER_MS } from '../src/server/limits/gap-statement-weights.js';
import { operationCost } from '../src/server/limits/query-cost.js';
import { createScratchDatabase, dropAll, postgresAvailable } from './lib/postgres.js';
import { summarize } from './lib/stats.js';
import { table } from './lib/table.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    pglite: { type: 'boolean', default: false },
    dataset: { type: 'string', default: join(import.meta.dirname, '..', 'seeds', 'demo') },
  },
});
const RUNS = Number(args.runs);

/** An ICS with split places in the demo (Frimley), and one of its authorities. */
const ICS = 'QNQ';
const LA = 'E10000030';
const FINDING = 'domain level icsCode laCode cohort needCategory pathwayStage year need provision gap coverage severity unit explanation { rule }';
const ROW = 'region ics localAuthority domain cohort needCategory pathwayStage year unit need provision gap coverage severity findingCount';
const STAGES = 'icsCode laCode year stages { pathwayStage need provision gap coverage severity } breaks { pathwayStage }';

interface Probe {
  field: string;
  scope: string;
  query: string;
}

const ONE_YEAR = 'year: 2025';
const PROBES: Probe[] = [
  ...(['gapFindings', 'gapAnalytics'] as const).flatMap((field) =>
    [
      ['national', ''],
      [`ICS ${ICS}`, `icsCode: "${ICS}"`],
      [`place ${LA}`, `laCode: "${LA}"`],
    ].flatMap(([scope, filter]) =>
      [
        [`${scope}, all years`, filter],
        [`${scope}, one year`, [filter, ONE_YEAR].filter(Boolean).join(', ')],
      ].map(([label, condition]) => ({
        field,
        scope: label,
        query:
          field === 'gapFindings'
            ? `{ gapFindings(filter: { ${condition} }, first: 50) { totalCount edges { node { ${FINDING} } } } }`
            : `{ gapAnalytics(groupBy: [ics, domain, pathwayStage], filter: { ${condition} }, first: 50) { totalCount edges { node { ${ROW} } } } }`,
      })),
    ),
  ),
  { field: 'IntegratedCareSystem.pathway', scope: `ICS ${ICS}`, query: `{ integratedCareSystem(code: "${ICS}") { pathway(${ONE_YEAR}) { ${STAGES} } } }` },
  { field: 'IntegratedCareSystem.pathway', scope: 'all 42 ICSs (one statement)', query: `{ integratedCareSystems(first: 50) { edges { node { pathway(${ONE_YEAR}) { ${STAGES} } } } } }` },
  { field: 'Place.pathway', scope: `place ${LA}`, query: `{ localAuthority(onsCode: "${LA}") { places { pathway(${ONE_YEAR}) { ${STAGES} } } } }` },
  { field: 'Place.pathway', scope: 'all 42 places (one statement)', query: `{ integratedCareSystems(first: 50) { edges { node { places { pathway(${ONE_YEAR}) { ${STAGES} } } } } } }` },
  ...[1, 5].flatMap((years) => [
    { field: 'IntegratedCareSystem.cohortProjection', scope: `ICS ${ICS}, ${years} year${years > 1 ? 's' : ''}`, query: `{ integratedCareSystem(code: "${ICS}") { ${projection(years)} } }` },
    { field: 'IntegratedCareSystem.cohortProjection', scope: `all 42 ICSs, ${years} year${years > 1 ? 's' : ''}`, query: `{ integratedCareSystems(first: 50) { edges { node { ${projection(years)} } } } }` },
  ]),
  { field: 'IntegratedCareSystem.metricStatus', scope: `ICS ${ICS}`, query: `{ integratedCareSystem(code: "${ICS}") { metricStatus(${ONE_YEAR}) { metricCode value met } } }` },
  { field: 'IntegratedCareSystem.metricStatus', scope: 'all 42 ICSs', query: `{ integratedCareSystems(first: 50) { edges { node { metricStatus(${ONE_YEAR}) { metricCode value met } } } } }` },
  ...[1, 15].map((aliases) => ({
    field: 'the issue\'s probe',
    scope: `${aliases} national gapFindings (first 1)`,
    query: `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: gapFindings(filter: {}, first: 1) { totalCount }`).join(' ')} }`,
  })),
  {
    field: 'plain read (reference)',
    scope: '42 ICSs × 50 needs',
    query: '{ integratedCareSystems(first: 50) { edges { node { needs(first: 50) { edges { node { laCode cohort needCategory pathwayStage year people } } } } } } }',
  },
];

function projection(years: number): string {
  return `cohortProjection(fromYear: 2025, toYear: ${2025 + years}) { cohort year pathwayStage need provision provisionGrowth shortfall flagged }`;
}

async function open(): Promise<{ database: Database; label: string; cleanup: () => Promise<void> }> {
  if (!args.pglite) {
    const version = await postgresAvailable();
    if (!version) throw new Error('PostgreSQL is not answering (set BENCH_ADMIN_DATABASE_URL, or pass --pglite)');
    const scratch = await createScratchDatabase('costs');
    const database = await openDatabase({ databaseUrl: scratch.url });
    return { database, label: `PostgreSQL ${version}`, cleanup: async () => { await database.close(); await scratch.drop(); } };
  }
  const dir = await mkdtemp(join(tmpdir(), 'bench-costs-'));
  const database = await openDatabase({ pgliteDir: dir });
  return { database, label: 'PGlite', cleanup: async () => { await database.close(); await rm(dir, { recursive: true, force: true }); } };
}

async function timed(app: App, database: Database, query: string): Promise<number> {
  const start = performance.now();
  const response = await app.apollo.executeOperation({ query }, { contextValue: createRequestContext(database) });
  const ms = performance.now() - start;
  const result = response.body.kind === 'single' ? response.body.singleResult : null;
  // Refusals by the cost limit are expected for some probes: time the work, not the refusal.
  if (result?.errors?.length && result.errors[0].extensions?.code !== 'QUERY_TOO_COSTLY') {
    throw new Error(`${query.slice(0, 80)}…: ${result.errors[0].message}`);
  }
  return ms;
}

const { database, label, cleanup } = await open();
try {
  await importDataset(database, args.dataset!);
  if (!args.pglite) await database.sql().rows('vacuum analyze');
  // Unlimited cost, so every probe runs and is timed; the costs printed are computed apart.
  const app = await createApp({ ...configFromEnv({}), maxCost: Number.MAX_SAFE_INTEGER, seedOnStart: false }, database);
  const schema = await buildApiSchema();
  const rows: (string | number)[][] = [];
  for (const probe of PROBES) {
    const document = parse(probe.query);
    const before = getComplexity({ schema, query: document, variables: {}, estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })] });
    const now = operationCost(schema, document, {}, undefined, Number.MAX_SAFE_INTEGER);
    await timed(app, database, probe.query);
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) samples.push(await timed(app, database, probe.query));
    const { p50, p95 } = summarize(samples);
    rows.push([probe.field, probe.scope, Math.round(p50), Math.round(p95), before, now, Math.ceil((p50 * COST_UNITS_PER_MS) / 100) * 100]);
  }
  await app.apollo.stop();
  console.log(`Gap statement costs on ${args.dataset} (${label}), ${RUNS} runs each, in-process, one at a time`);
  console.log(table(['field', 'scope', 'p50 ms', 'p95 ms', 'cost before', 'cost now', `p50 × ${COST_UNITS_PER_MS}`], rows));
} finally {
  await cleanup();
  await dropAll();
}
