/**
 * What each gap field really costs, by scope and years, on the demo dataset: the figures behind the
 * weights in src/server/limits/gap-statement-weights.ts. `npm run bench:costs` (PostgreSQL, or
 * `-- --pglite`; `--runs <n>`, default 9; `--dataset <folder>` for other data).
 *
 * Each request runs in-process through Apollo (no HTTP), one at a time; the probes take turns, run
 * after run, so load from other work on the machine falls on all of them alike. Printed per probe:
 * p50 and the fastest run (the figure least disturbed by other work), and its estimated cost before
 * this weighting (each field 1, pages × rows) and now. Then, per weight, the {fixed, perYear} the
 * fastest runs give at COST_UNITS_PER_MS next to the weight in use: query fields from their one-year
 * and all-years runs, fields below an ICS or place from one request for all of them, shared per
 * parent the request is charged for (first: 50).
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
import { COST_UNITS_PER_MS, GAP_STATEMENT_WEIGHTS, type GapScope } from '../src/server/limits/gap-statement-weights.js';
import { pageSizeEstimator } from '../src/server/limits/page-size-estimator.js';
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
/** Parents the estimator charges a field below them for in the all-ICS probes (`first: 50`). */
const PARENTS_CHARGED = 50;
const FINDING = 'domain level icsCode laCode cohort needCategory pathwayStage year need provision gap coverage severity unit explanation { rule }';
const ROW = 'region ics localAuthority domain cohort needCategory pathwayStage year unit need provision gap coverage severity findingCount';
const STAGES = 'icsCode laCode year stages { pathwayStage need provision gap coverage severity } breaks { pathwayStage }';

interface Probe {
  field: string;
  scope: string;
  query: string;
  /** The weight this probe measures: its key, scope, the years it covers and the parents it is charged for. */
  fit?: { key: string; scope: GapScope; years: number | 'all'; parents: number };
}

const ONE_YEAR = 'year: 2025';
const SCOPES: [GapScope, string, string][] = [
  ['national', 'national', ''],
  ['ics', `ICS ${ICS}`, `icsCode: "${ICS}"`],
  ['place', `place ${LA}`, `laCode: "${LA}"`],
];

const PROBES: Probe[] = [
  ...(['gapFindings', 'gapAnalytics'] as const).flatMap((field) =>
    SCOPES.flatMap(([scope, label, filter]) =>
      ([['all', filter], [1, [filter, ONE_YEAR].filter(Boolean).join(', ')]] as const).map(([years, condition]) => ({
        field,
        scope: `${label}, ${years === 1 ? 'one year' : 'all years'}`,
        query:
          field === 'gapFindings'
            ? `{ gapFindings(filter: { ${condition} }, first: 50) { totalCount edges { node { ${FINDING} } } } }`
            : `{ gapAnalytics(groupBy: [ics, domain, pathwayStage], filter: { ${condition} }, first: 50) { totalCount edges { node { ${ROW} } } } }`,
        fit: { key: `Query.${field}`, scope, years, parents: 1 },
      })),
    ),
  ),
  { field: 'IntegratedCareSystem.pathway', scope: `ICS ${ICS}`, query: `{ integratedCareSystem(code: "${ICS}") { pathway(${ONE_YEAR}) { ${STAGES} } } }` },
  {
    field: 'IntegratedCareSystem.pathway',
    scope: 'all 42 ICSs (one statement)',
    query: `{ integratedCareSystems(first: ${PARENTS_CHARGED}) { edges { node { pathway(${ONE_YEAR}) { ${STAGES} } } } } }`,
    fit: { key: 'IntegratedCareSystem.pathway', scope: 'ics', years: 1, parents: PARENTS_CHARGED },
  },
  { field: 'Place.pathway', scope: `place ${LA}`, query: `{ localAuthority(onsCode: "${LA}") { places { pathway(${ONE_YEAR}) { ${STAGES} } } } }` },
  {
    field: 'Place.pathway',
    scope: 'all 42 places (one statement)',
    query: `{ integratedCareSystems(first: ${PARENTS_CHARGED}) { edges { node { places { pathway(${ONE_YEAR}) { ${STAGES} } } } } } }`,
    fit: { key: 'Place.pathway', scope: 'place', years: 1, parents: PARENTS_CHARGED },
  },
  ...[1, 5].flatMap((span) => [
    { field: 'IntegratedCareSystem.cohortProjection', scope: `ICS ${ICS}, 2025→${2025 + span}`, query: `{ integratedCareSystem(code: "${ICS}") { ${projection(span)} } }` },
    {
      field: 'IntegratedCareSystem.cohortProjection',
      scope: `all 42 ICSs, 2025→${2025 + span}`,
      query: `{ integratedCareSystems(first: ${PARENTS_CHARGED}) { edges { node { ${projection(span)} } } } }`,
      // Charged as the years from fromYear to toYear, both included (yearsCharged).
      fit: { key: 'IntegratedCareSystem.cohortProjection', scope: 'ics' as const, years: span + 1, parents: PARENTS_CHARGED },
    },
  ]),
  { field: 'IntegratedCareSystem.metricStatus', scope: `ICS ${ICS}`, query: `{ integratedCareSystem(code: "${ICS}") { metricStatus(${ONE_YEAR}) { metricCode value met } } }` },
  {
    field: 'IntegratedCareSystem.metricStatus',
    scope: 'all 42 ICSs',
    query: `{ integratedCareSystems(first: ${PARENTS_CHARGED}) { edges { node { metricStatus(${ONE_YEAR}) { metricCode value met } } } } }`,
    fit: { key: 'IntegratedCareSystem.metricStatus', scope: 'ics', years: 1, parents: PARENTS_CHARGED },
  },
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

function projection(span: number): string {
  return `cohortProjection(fromYear: 2025, toYear: ${2025 + span}) { cohort year pathwayStage need provision provisionGrowth shortfall flagged }`;
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
  if (result?.errors?.length) throw new Error(`${query.slice(0, 80)}…: ${result.errors[0].message}`);
  return ms;
}

/** {fixed, perYear} per parent from a weight's probes: two spans of years give both, one span perYear alone. */
function fitted(probes: { years: number; parents: number; ms: number }[]): { fixed: number; perYear: number } {
  const [a, b] = [...probes].sort((x, y) => x.years - y.years);
  if (!b || b.years === a.years) return { fixed: 0, perYear: a.ms / a.parents / a.years };
  const perYear = Math.max((b.ms - a.ms) / (b.years - a.years), 0) / a.parents;
  return { fixed: Math.max(a.ms / a.parents - perYear * a.years, 0), perYear };
}

const units = (ms: number) => Math.round(ms * COST_UNITS_PER_MS / 10) * 10;

const { database, label, cleanup } = await open();
try {
  await importDataset(database, args.dataset!);
  if (!args.pglite) await database.sql().rows('vacuum analyze');
  const [{ years: dataYears }] = await database.sql().rows<{ years: number }>('select count(distinct year)::int as years from assessed_needs');
  // Unlimited cost, so every probe runs and is timed; the costs printed are computed apart.
  const app = await createApp({ ...configFromEnv({}), maxCost: Number.MAX_SAFE_INTEGER, seedOnStart: false }, database);
  const schema = await buildApiSchema();
  const samples = PROBES.map(() => [] as number[]);
  for (const probe of PROBES) await timed(app, database, probe.query);
  for (let run = 0; run < RUNS; run++) {
    for (const [index, probe] of PROBES.entries()) samples[index].push(await timed(app, database, probe.query));
  }
  await app.apollo.stop();

  const measured = PROBES.map((probe, index) => ({ probe, ...summarize(samples[index]) }));
  console.log(`Gap statement costs on ${args.dataset} (${label}; ${dataYears} years of need), ${RUNS} runs each, in-process`);
  console.log(
    table(
      ['field', 'scope', 'p50 ms', 'fastest ms', 'cost before', 'cost now'],
      measured.map(({ probe, p50, min }) => {
        const document = parse(probe.query);
        const before = getComplexity({ schema, query: document, variables: {}, estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })] });
        return [probe.field, probe.scope, Math.round(p50), Math.round(min), before, operationCost(schema, document, {}, undefined, Number.MAX_SAFE_INTEGER)];
      }),
    ),
  );

  const fits = Map.groupBy(
    measured.filter(({ probe }) => probe.fit),
    ({ probe }) => `${probe.fit!.key} ${probe.fit!.scope}`,
  );
  console.log(`\nWeights per parent from the fastest runs at ${COST_UNITS_PER_MS} units per ms, and in use (fixed + perYear × years)`);
  console.log(
    table(
      ['weight', 'scope', 'ms fixed', 'ms per year', 'fitted', 'in use'],
      [...fits.values()].map((group) => {
        const { key, scope } = group[0].probe.fit!;
        const { fixed, perYear } = fitted(
          group.map(({ probe, min }) => ({ years: probe.fit!.years === 'all' ? dataYears : (probe.fit!.years as number), parents: probe.fit!.parents, ms: min })),
        );
        const inUse = GAP_STATEMENT_WEIGHTS[key]?.[scope];
        return [key, scope, fixed.toFixed(1), perYear.toFixed(2), `${units(fixed)} + ${units(perYear)}`, inUse ? `${inUse.fixed} + ${inUse.perYear}` : 'none'];
      }),
    ),
  );
} finally {
  await cleanup();
  await dropAll();
}
