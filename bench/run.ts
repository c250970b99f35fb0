/**
 * The benchmark suite: `npm run bench` (full, ~10 minutes on 2 cores) or `npm run bench -- --quick`.
 * bench/README.md explains every figure. Prints a table and writes bench/results/latest.json.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '../src/db/database.js';
import { buildAreas } from './generate/areas.js';
import { KeyedRandom } from './generate/random.js';
import { DEFAULT_SEED, GENERATOR_VERSION, defaultFolder, generateDataset, readManifest } from './generate-data.js';
import type { RunBudget } from './lib/budget.js';
import { evaluateIssue13Goals, goalRows, type Goal } from './goals.js';
import { REPO_ROOT, startOurServer, startOurServerOnPglite, startPostGraphile, stopAllServers, type ChildServer } from './lib/child-server.js';
import { StatementCounter } from './lib/counter.js';
import { explainSlowest, type PlanSummary } from './lib/explain.js';
import { detectFeatures, firstLine, unsupported, type Features } from './lib/features.js';
import { closeAgent } from './lib/http.js';
import { capturedSessionSettings, installPgCapture, type CapturedStatement } from './lib/pg-capture.js';
import { cancelRunningStatements, createScratchDatabase, dropAll, postgresAvailable, type ScratchDatabase } from './lib/postgres.js';
import { ms, table, times } from './lib/table.js';
import { measureGrowth, type GrowthFigure } from './measure/growth.js';
import { measureImport, type ImportFigure } from './measure/import.js';
import { measureEdit, type EditFigure } from './measure/edit.js';
import { measureExportStream, type ExportStreamFigure } from './measure/export-stream.js';
import { measureExport, type ExportFigure } from './measure/memory.js';
import { measureOverhead, type OverheadFigure } from './measure/overhead.js';
import { captureStatements, inProcessServer, measureStatements, type StatementFigure } from './measure/statements.js';
import { measureThroughput, type ThroughputFigure } from './measure/throughput.js';
import { GAP_QUERIES, ONE_ICS, ONE_ICS_NEEDS, THROUGHPUT_OURS, THROUGHPUT_POSTGRAPHILE, YEAR, sizedOperations, type SizedOperation } from './queries.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'growth-scale': { type: 'string' },
    runs: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string', default: '8' },
    pglite: { type: 'boolean' },
    'no-pglite': { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
    out: { type: 'string' },
    'no-readme': { type: 'boolean', default: false },
    'import-baseline-ms': { type: 'string', default: '19900' },
  },
});
const quick = args.quick!;
const options = {
  quick,
  growthScale: Number(args['growth-scale'] ?? (quick ? 2 : 10)),
  budget: {
    maxRuns: Number(args.runs ?? (quick ? 10 : 40)),
    minRuns: quick ? 3 : 5,
    warmup: quick ? 1 : 3,
    seconds: quick ? 8 : 30,
  } satisfies RunBudget,
  throughput: {
    connections: Number(args.connections),
    seconds: Number(args.seconds ?? (quick ? 3 : 10)),
    rounds: 2,
    warmupSeconds: quick ? 1 : 3,
  },
  // PGlite is in quick runs too: the /healthz goal is measured there.
  pglite: args['no-pglite'] ? false : (args.pglite ?? true),
  /** Import of scale 1 on PostgreSQL before maintained findings (run of 2026-11-23): the import goal is 1.5 × this. */
  importBaselineMs: Number(args['import-baseline-ms']),
  peer: !args['no-peer'],
  out: args.out ?? join(import.meta.dirname, 'results', quick ? 'quick.json' : 'latest.json'),
  readme: !args['no-readme'],
};
/**
 * The national CSV exports the memory figure downloads: every gap finding of England for one year (all
 * domains), and the largest dataset file (every JSNA need row, in the import format).
 */
const EXPORT_PATHS = [`/export/gap-findings.csv?year=${YEAR}`, '/export/needs.csv'];
/** The client gives up on an export after this long, so a slow one cannot hold the run. */
const EXPORT_LIMIT_SECONDS = quick ? 60 : 180;
/** The export of the first-byte and /healthz goals: every place-level gap finding of England, every year. */
const ALL_YEARS_EXPORT = '/export/gap-findings.csv?level=PLACE';

interface Skip {
  figure: string;
  reason: string;
}
const skipped: Skip[] = [];
/** Phases that threw: the run goes on without them and exits with code 1 at the end. */
const failures: { figure: string; error: string }[] = [];
function skip(figure: string, reason: string): void {
  skipped.push({ figure, reason });
  console.log(`  skipped: ${figure}: ${reason}`);
}
function phase(title: string): void {
  console.log(`\n== ${title} (${((performance.now() - startedAt) / 1000).toFixed(0)} s)`);
}

const startedAt = performance.now();
const results = {
  suite: 'ics-needs-graph bench',
  startedAt: new Date().toISOString(),
  finishedAt: '',
  durationSeconds: 0,
  options,
  machine: machine(),
  code: codeVersion(),
  datasets: {} as Record<string, { folder: string; rows: number; megabytes: number; years: [number, number]; files: Record<string, number> }>,
  import: [] as ImportFigure[],
  statements: [] as StatementFigure[],
  overhead: [] as OverheadFigure[],
  throughput: null as ThroughputFigure | null,
  growth: [] as GrowthFigure[],
  memory: { underLoad: null as null | { peakMiB: number; method: string; idleMiB: number }, exports: [] as ExportFigure[] },
  /** The all-years export: first and last byte on PostgreSQL; on PGlite also /healthz while it runs. */
  exportStreams: [] as ExportStreamFigure[],
  edit: null as EditFigure | null,
  /** Issue 13's goals by stable key (bench/goals.ts). */
  issue13: {} as Record<string, Goal>,
  /** `SET` statements the server's pools sent to new connections, applied to the floor's session too. */
  floorSessionSettings: [] as string[],
  skipped,
  failures,
  goals: [] as { goal: string; figure: string; value: string; met: boolean | null }[],
};

/** Temporary directories (PGlite data) to remove however the run ends. */
const temporaryDirectories = new Set<string>();

let cleaningUp = false;
async function cleanUp(): Promise<void> {
  if (cleaningUp) return;
  cleaningUp = true;
  await stopAllServers();
  await dropAll();
  for (const dir of temporaryDirectories) await rm(dir, { recursive: true, force: true }).catch(() => {});
  closeAgent();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping servers and dropping the bench databases`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

async function main(): Promise<void> {
  // Before any pool opens: the floor needs the session settings pools apply to new connections.
  installPgCapture();
  console.log(`ics-needs-graph benchmarks${quick ? ' (--quick)' : ''}: ${results.machine.cpus} CPUs, ${results.machine.memoryGiB} GiB, Node ${process.version}`);
  const pgVersion = await postgresAvailable();
  results.machine.postgres = pgVersion;
  if (!pgVersion) console.log('  PostgreSQL does not answer at 127.0.0.1:5432: PostgreSQL figures are skipped');

  phase('Datasets');
  const scale1 = await dataset(1);
  const scaleN = options.growthScale > 1 ? await dataset(options.growthScale) : null;

  phase('Features');
  const features = await detectFeatures();
  if (!features.importer) console.log(`  ${features.importerReason}`);
  if (!features.schema) console.log(`  ${features.schemaReason}`);
  const icss = buildAreas(new KeyedRandom(DEFAULT_SEED), 0).icss;
  const operations = sizedOperations(icss);
  const gapQueries = GAP_QUERIES.map((gap) => ({ ...gap, missing: unsupported(features, gap.operation.query) }));
  for (const gap of gapQueries) if (gap.missing) console.log(`  ${gap.label}: ${gap.missing}`);

  const context: Context = { features, operations, gapQueries, scale1, scaleN, floors: new Map() };
  const s1 = pgVersion ? await attempt('PostgreSQL scale 1 (import, statements per request)', () => postgresScale1(context)) : null;
  if (!pgVersion) {
    skip('import (PostgreSQL)', 'PostgreSQL is not available');
    skip('statements per request (PostgreSQL)', 'PostgreSQL is not available');
  }
  for (const figure of results.statements) if (figure.skipped) skip(`statements: ${figure.label}`, figure.skipped);

  if (s1) {
    const ours1 = await attempt('server on scale 1', () => startOurServer(s1.url, 'ics-needs-graph (scale 1)'));
    if (ours1) {
      await attempt('overhead against raw SQL', () => overhead(context, s1, ours1));
      await attempt('throughput', () => throughput(context, s1, ours1));
      await attempt('memory during the CSV exports', () => exportMemory(s1, ours1));
      await attempt('all-years export (PostgreSQL)', () => allYearsExport('PostgreSQL', ours1, s1));
      if (scaleN) await attempt(`growth to scale ${options.growthScale}`, () => growth(context, s1, ours1));
      else skip('growth', `--growth-scale ${options.growthScale}: nothing to compare scale 1 with`);
      // Last: it changes one row (and back), which bumps the data version.
      await attempt('edit (one-row change)', () => edit(ours1));
      await ours1.stop();
    } else {
      skip('overhead, throughput, memory, growth', 'the server did not start on scale 1 (see failures)');
    }
    await s1.drop();
  } else {
    skip('overhead, throughput, memory, growth', 'no scale-1 PostgreSQL database (see above)');
  }

  if (options.pglite && features.importer) await attempt('PGlite scale 1 (import, statements per request)', () => pgliteScale1(context));
  else skip('PGlite import and statements', !features.importer ? features.importerReason : quick ? '--quick leaves PGlite out (add --pglite)' : '--no-pglite');

  evaluateGoals();
  const issue13 = evaluateIssue13Goals({
    quick,
    growthScale: options.growthScale,
    pglite: options.pglite,
    importBaselineMs: options.importBaselineMs,
    overhead: results.overhead,
    growth: results.growth,
    exports: results.exportStreams,
    throughput: results.throughput,
    imports: results.import,
    edit: results.edit,
    statements: results.statements,
    skipped,
  });
  results.issue13 = Object.fromEntries(issue13.map((goal) => [goal.key, goal]));
  results.floorSessionSettings = capturedSessionSettings();
  results.machine.loadAverage.end = loadavg().map((l) => Math.round(l * 100) / 100);
  results.finishedAt = new Date().toISOString();
  results.durationSeconds = Math.round((performance.now() - startedAt) / 1000);
  const summary = summaryText();
  console.log('\n==================== Results ====================');
  console.log(summary);
  await mkdir(join(options.out, '..'), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${options.out} (${results.durationSeconds} s in all)`);
  if (options.readme && !args.out) await updateReadme(summary);
  if (failures.length) process.exitCode = 1;
}

interface Context {
  features: Features;
  operations: SizedOperation[];
  gapQueries: ((typeof GAP_QUERIES)[number] & { missing: string | null })[];
  scale1: { folder: string };
  scaleN: { folder: string } | null;
  /** Statements the server sent for each timed request on scale 1, for the raw-SQL floor and EXPLAIN. */
  floors: Map<string, CapturedStatement[]>;
}

/** Runs one phase; an error there is reported as a failure and the run goes on. */
async function attempt<T>(what: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    failures.push({ figure: what, error: firstLine(error) });
    console.log(`  failed: ${what}: ${firstLine(error)}`);
    return null;
  }
}

function logImport(figure: ImportFigure): void {
  console.log(`  imported ${figure.rows.toLocaleString('en-GB')} rows in ${figure.seconds} s (${figure.rowsPerSecond.toLocaleString('en-GB')} rows/s)`);
}

/** Scale 1 on PostgreSQL: import, then statements per request on an in-process server. Keeps the database. */
async function postgresScale1(context: Context): Promise<ScratchDatabase | null> {
  phase('PostgreSQL, scale 1: import, statements per request');
  const { features, operations, gapQueries, floors } = context;
  if (!features.importer) {
    skip('import (PostgreSQL)', features.importerReason);
    skip('statements per request (PostgreSQL)', `no data: ${features.importerReason}`);
    return null;
  }
  const s1 = await createScratchDatabase('s1');
  try {
    const counter = new StatementCounter();
    const { figure, db } = await measureImport('PostgreSQL', 1, context.scale1.folder, features.importer, () =>
      openDatabase({ databaseUrl: s1.url, onQuery: counter.onQuery }),
    );
    results.import.push(figure);
    logImport(figure);
    try {
      await analyze(db);
      const server = await inProcessServer(db);
      try {
        results.statements.push(...(await measureStatements('PostgreSQL', server.endpoint, counter, operations, features)));
        for (const gap of gapQueries) if (!gap.missing) floors.set(gap.key, await captureStatements(server.endpoint, gap.operation));
        if (!unsupported(features, ONE_ICS_NEEDS.query)) floors.set('oneIcsNeeds', await captureStatements(server.endpoint, ONE_ICS_NEEDS));
      } finally {
        await server.stop();
      }
    } finally {
      await db.close();
    }
    return s1;
  } catch (error) {
    await s1.drop();
    throw error;
  }
}

async function overhead(context: Context, s1: ScratchDatabase, ours1: ChildServer): Promise<void> {
  phase('Server on scale 1 (child process): overhead against raw SQL');
  for (const gap of context.gapQueries) {
    if (gap.missing) {
      skip(`overhead: ${gap.label}`, gap.missing);
      continue;
    }
    const floor = context.floors.get(gap.key);
    if (!floor) {
      skip(`overhead: ${gap.label}`, 'its statements were not captured (see failures)');
      continue;
    }
    const figure = await measureOverhead(gap.key, gap.label, ours1.endpoint, gap.operation, floor, s1.url, options.budget);
    results.overhead.push(figure);
    console.log(`  ${gap.label}: GraphQL p50 ${ms(figure.graphql?.p50)}, SQL p50 ${ms(figure.sql?.p50)}, ${times(figure.ratioP50)}${figure.error ? ` error: ${figure.error}` : ''}`);
  }
}

async function throughput(context: Context, s1: ScratchDatabase, ours1: ChildServer): Promise<void> {
  phase('Throughput: the same nested read, this server against PostGraphile v5');
  const missing = unsupported(context.features, THROUGHPUT_OURS.query);
  if (missing) {
    skip('throughput', missing);
    return;
  }
  let peer: ChildServer | null = null;
  let peerSkipped: string | undefined;
  if (!options.peer) peerSkipped = '--no-peer';
  else {
    try {
      peer = await startPostGraphile(s1.url);
    } catch (error) {
      peerSkipped = `PostGraphile did not start: ${firstLine(error)}`;
    }
  }
  if (peerSkipped) skip('throughput: PostGraphile peer', peerSkipped);
  try {
    const idleMiB = ours1.memory().rssMiB;
    const figure = await measureThroughput(
      { label: 'ours', server: ours1, operation: THROUGHPUT_OURS },
      peer ? { label: 'postgraphile', server: peer, operation: THROUGHPUT_POSTGRAPHILE } : null,
      options.throughput,
      peerSkipped,
    );
    results.throughput = figure;
    if (figure.oursPeakMiB) results.memory.underLoad = { peakMiB: figure.oursPeakMiB, method: figure.peakMethod ?? '', idleMiB };
    if (figure.error) console.log(`  error: ${figure.error}`);
    for (const round of figure.rounds) {
      console.log(`  round ${round.round} ${round.server}: ${round.requestsPerSecond} req/s, p50 ${ms(round.p50)}, p95 ${ms(round.p95)}, ${round.cpuMsPerRequest} CPU ms/request`);
    }
  } finally {
    await peer?.stop();
  }
}

async function exportMemory(s1: ScratchDatabase, ours1: ChildServer): Promise<void> {
  phase('Memory: national CSV exports');
  for (const path of EXPORT_PATHS) {
    const figure = await measureExport(ours1, path, EXPORT_LIMIT_SECONDS);
    results.memory.exports.push(figure);
    if (figure.error?.startsWith('incomplete')) await cancelRunningStatements(s1);
    if (figure.skipped) skip(`memory during ${path}`, figure.skipped);
    else {
      const size = `${((figure.bytes ?? 0) / 1e6).toFixed(1)} MB`;
      console.log(`  ${path}: ${figure.lines ?? 0} lines, ${size} in ${figure.seconds} s, peak RSS ${figure.peakMiB} MiB${figure.error ? ` error: ${figure.error}` : ''}`);
    }
  }
}

/**
 * The national all-years place-level gap export: first and last byte; on PGlite also the slowest `/healthz`
 * answer while it runs (the database shares the server's process there).
 */
async function allYearsExport(database: 'PostgreSQL' | 'PGlite', server: ChildServer, s1: ScratchDatabase | null): Promise<void> {
  phase(`All-years export (${database})`);
  const figure = await measureExportStream(database, server, ALL_YEARS_EXPORT, EXPORT_LIMIT_SECONDS, database === 'PGlite');
  results.exportStreams.push(figure);
  if (!figure.complete && s1) await cancelRunningStatements(s1);
  const healthz = figure.healthz ? `; /healthz ${figure.healthz.polls} polls, slowest ${ms(figure.healthz.maxMs)}` : '';
  console.log(`  ${ALL_YEARS_EXPORT}: first byte ${ms(figure.firstByteMs ?? undefined)}, ${figure.lines ?? 0} lines in ${ms(figure.totalMs)}${healthz}${figure.error ? ` (${figure.error})` : ''}`);
}

async function edit(ours1: ChildServer): Promise<void> {
  phase('One-row change (saveNeed), scale 1');
  const figure = await measureEdit(ours1.endpoint, options.budget);
  results.edit = figure;
  console.log(`  ${figure.label}: p50 ${ms(figure.p50)}, p95 ${ms(figure.p95)} (${figure.runs ?? 0} runs)${figure.error ? ` error: ${figure.error}` : ''}`);
}

/** Scale n on PostgreSQL: import, then the same requests against a server on each scale. */
async function growth(context: Context, s1: ScratchDatabase, ours1: ChildServer): Promise<void> {
  phase(`PostgreSQL, scale ${options.growthScale}: import, growth`);
  const { features } = context;
  if (!features.importer) {
    skip('growth', features.importerReason);
    return;
  }
  const sN = await createScratchDatabase(`s${options.growthScale}`);
  try {
    const { figure, db } = await measureImport('PostgreSQL', options.growthScale, context.scaleN!.folder, features.importer, () =>
      openDatabase({ databaseUrl: sN.url }),
    );
    results.import.push(figure);
    logImport(figure);
    try {
      await analyze(db);
    } finally {
      await db.close();
    }
    const oursN = await startOurServer(sN.url, `ics-needs-graph (scale ${options.growthScale})`);
    try {
      const scales: [number, number] = [1, options.growthScale];
      const endpoints: [string, string] = [ours1.endpoint, oursN.endpoint];
      const queries = [
        ...context.gapQueries,
        { key: 'oneIcsNeeds', label: `${ONE_ICS} needs ${YEAR} (nested read)`, operation: ONE_ICS_NEEDS, missing: unsupported(features, ONE_ICS_NEEDS.query) },
      ];
      for (const query of queries) {
        if (query.missing) {
          skip(`growth: ${query.label}`, query.missing);
          continue;
        }
        const figure = await measureGrowth(query.key, query.label, scales, endpoints, query.operation, options.budget);
        const floor = context.floors.get(query.key);
        if (floor) figure.plans = [await explainSlowest(s1.url, floor).catch(() => null), await explainSlowest(sN.url, floor).catch(() => null)];
        results.growth.push(figure);
        console.log(`  ${query.label}: p50 ${ms(figure.small?.p50)} → ${ms(figure.large?.p50)}, ${times(figure.ratioP50)}${figure.error ? ` error: ${figure.error}` : ''}`);
      }
    } finally {
      await oursN.stop();
    }
  } finally {
    await sN.drop();
  }
}

/** Scale 1 on PGlite (in this process, in a temporary directory): import and statements per request. */
async function pgliteScale1(context: Context): Promise<void> {
  phase('PGlite, scale 1: import, statements per request');
  const dir = await mkdtemp(join(tmpdir(), 'ics-bench-pglite-'));
  temporaryDirectories.add(dir);
  try {
    const counter = new StatementCounter();
    const { figure, db } = await measureImport('PGlite', 1, context.scale1.folder, context.features.importer!, () =>
      openDatabase({ pgliteDir: dir, onQuery: counter.onQuery }),
    );
    results.import.push(figure);
    logImport(figure);
    try {
      await analyze(db);
      const server = await inProcessServer(db);
      try {
        const figures = await measureStatements('PGlite', server.endpoint, counter, context.operations, context.features);
        results.statements.push(...figures.filter((f) => !f.skipped));
      } finally {
        await server.stop();
      }
    } finally {
      await db.close();
    }
    // The server in its own process on the same folder (the lock was released by close).
    const served = await startOurServerOnPglite(dir);
    try {
      await allYearsExport('PGlite', served, null);
    } finally {
      await served.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    temporaryDirectories.delete(dir);
  }
}

/**
 * A run without --out replaces the figures in bench/README.md between its `latest:start` and `latest:end`
 * markers with this run's summary, so the README always shows figures this suite printed.
 */
async function updateReadme(summary: string): Promise<void> {
  const path = join(import.meta.dirname, 'README.md');
  const text = await readFile(path, 'utf8').catch(() => null);
  const match = text && /(<!-- latest:start -->\n)[\s\S]*?(\n<!-- latest:end -->)/.exec(text);
  if (!text || !match) return;
  const how = quick
    ? '`npm run bench -- --quick` (quick mode: every figure below is from fewer runs, 3 s load rounds and growth to scale 2 only; a full run replaces it)'
    : '`npm run bench`';
  const block = `Run of ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${results.durationSeconds} s, ${how}:\n\n\`\`\`text\n${summary}\n\`\`\``;
  await writeFile(path, text.replace(match[0], `${match[1]}${block}${match[2]}`));
  console.log(`updated the latest figures in ${path}`);
}

/** The dataset folder for a scale, generated unless this generator version already wrote it. */
async function dataset(scale: number) {
  const folder = defaultFolder(scale);
  let manifest = await readManifest(folder);
  if (!manifest || manifest.generatorVersion !== GENERATOR_VERSION || manifest.seed !== DEFAULT_SEED) {
    console.log(`  generating ${folder} …`);
    manifest = await generateDataset({ scale, out: folder });
  }
  console.log(`  scale ${scale}: ${manifest.rows.toLocaleString('en-GB')} rows, ${(manifest.bytes / 1e6).toFixed(0)} MB, years ${manifest.years.join('–')} (${folder})`);
  results.datasets[`scale-${scale}`] = {
    folder,
    rows: manifest.rows,
    megabytes: Math.round(manifest.bytes / 1e5) / 10,
    years: manifest.years,
    files: Object.fromEntries(Object.entries(manifest.files).map(([file, { rows }]) => [file, rows])),
  };
  return { folder, manifest };
}

/**
 * After a bulk load, what autovacuum gives a production database within minutes: fresh planner
 * statistics, a visibility map and hint bits set. Without it the first minutes of reads pay for
 * them, and timings depend on how long ago the import ran.
 */
async function analyze(db: Database): Promise<void> {
  await db.sql().rows('vacuum analyze');
}

function evaluateGoals(): void {
  const goals = results.goals;
  const counted = results.statements.filter((f) => f.equal !== undefined);
  for (const figure of counted) {
    goals.push({
      goal: 'statements per request constant',
      figure: `${figure.label} (${figure.database})`,
      value: `${figure.small!.statements} / ${figure.large!.statements}`,
      met: figure.equal!,
    });
  }
  for (const figure of results.overhead) {
    goals.push({ goal: 'GraphQL gap query ≤ 1.3× raw SQL (p50)', figure: figure.label, value: times(figure.ratioP50), met: figure.ratioP50 === undefined ? null : figure.ratioP50 <= 1.3 });
  }
  const throughput = results.throughput;
  if (throughput?.ratio !== undefined) {
    goals.push({ goal: 'throughput ≥ 1.5× PostGraphile', figure: 'nested read', value: times(throughput.ratio), met: throughput.ratio >= 1.5 });
  }
  for (const figure of results.growth.filter((g) => g.key === 'oneIcs')) {
    goals.push({ goal: `single-ICS gap query ≤ 1.2× from scale 1 to ${options.growthScale}`, figure: figure.label, value: times(figure.ratioP50), met: figure.ratioP50 === undefined ? null : figure.ratioP50 <= 1.2 });
  }
}

function summaryText(): string {
  const out: string[] = [];
  const log = (line = '') => out.push(line);
  const m = results.machine;
  log(`machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB; Node ${m.node}; PostgreSQL ${m.postgres ?? 'n/a'}; code ${results.code}`);
  log(`load average at start ${m.loadAverage.start.join(' ')}, at end ${m.loadAverage.end.join(' ')}`);
  if (results.import.length) {
    log('\nImport (importDataset on an empty, migrated database)');
    log(table(['database', 'scale', 'rows', 'seconds', 'rows/s', 'open+migrate s'], results.import.map((f) => [f.database, f.scale, f.rows.toLocaleString('en-GB'), f.seconds, f.rowsPerSecond.toLocaleString('en-GB'), f.openSeconds])));
  }
  if (results.statements.length) {
    log('\nSQL statements per request (two result sizes; must be equal)');
    log(table(['request', 'database', 'small', 'stmts', 'large', 'stmts', 'equal'], results.statements.map((f) => f.skipped
      ? [f.label, f.database, `skipped: ${f.skipped}`]
      : f.error ? [f.label, f.database, `error: ${f.error}`] : [f.label, f.database, f.small!.size, f.small!.statements, f.large!.size, f.large!.statements, f.equal ? 'yes' : 'NO'])));
  }
  if (results.overhead.length) {
    log('\nGraphQL over HTTP against the same SQL through the pg driver (scale 1)');
    log(table(['request', 'runs', 'GraphQL p50', 'p95', 'SQL p50', 'p95', 'stmts', 'ratio p50', 'ratio p95', 'answer'], results.overhead.map((f) => f.error
      ? [f.label, `error: ${f.error}`]
      : [f.label, f.graphql!.runs, ms(f.graphql!.p50), ms(f.graphql!.p95), ms(f.sql!.p50), ms(f.sql!.p95), f.sql!.statements, times(f.ratioP50), times(f.ratioP95), `${(f.graphql!.bytes / 1024).toFixed(0)} KiB`])));
  }
  const t = results.throughput;
  if (t) {
    log(`\nThroughput: nested read (10 ICSs → places → needs of one stage and year), ${t.connections} connections, ${t.rounds.length / (t.peer ? 2 : 1)} × ${t.secondsPerRound} s rounds each, A B A B`);
    if (t.error) log(`  error: ${t.error}`);
    const rows: (string | number)[][] = [];
    if (t.ours) rows.push(['ics-needs-graph', t.ours.requestsPerSecond, ms(t.ours.p50), ms(t.ours.p95), t.ours.cpuMsPerRequest, t.rowsPerAnswer[Object.keys(t.rowsPerAnswer)[0]] ?? '', `${t.oursPeakMiB ?? ''} MiB`]);
    if (t.peer) rows.push(['PostGraphile v5', t.peer.requestsPerSecond, ms(t.peer.p50), ms(t.peer.p95), t.peer.cpuMsPerRequest, t.rowsPerAnswer['PostGraphile v5'] ?? '', `${t.peerPeakMiB ?? ''} MiB`]);
    if (rows.length) log(table(['server', 'req/s', 'p50', 'p95', 'server CPU ms/req', 'need rows', 'peak RSS'], rows));
    if (t.ratio !== undefined) {
      log(`ratio (ours ÷ PostGraphile, req/s): ${times(t.ratio)}; server CPU per request, PostGraphile ÷ ours: ${times(t.peer!.cpuMsPerRequest / t.ours!.cpuMsPerRequest)}`);
    }
    if (t.skipped) log(`  peer skipped: ${t.skipped}`);
  }
  if (results.growth.length) {
    log(`\nGrowth from scale 1 to scale ${options.growthScale} (p50 ratio)`);
    log(table(['request', 'runs', 'scale 1 p50', 'p95', `scale ${options.growthScale} p50`, 'p95', 'ratio p50', 'totalCount'], results.growth.map((g) => g.error
      ? [g.label, `error: ${g.error}`]
      : [g.label, g.small!.runs, ms(g.small!.p50), ms(g.small!.p95), ms(g.large!.p50), ms(g.large!.p95), times(g.ratioP50), `${g.small!.totalCount ?? ''} / ${g.large!.totalCount ?? ''}`])));
    const planned = results.growth.filter((g) => g.plans);
    if (planned.length) {
      log('\nPostgreSQL side of those statements (EXPLAIN ANALYZE; JIT runs when the estimated cost passes jit_above_cost = 100 000)');
      const cell = (p: PlanSummary | null) => (p ? `${p.executionMs} ms (JIT ${p.jitMs} ms), cost ${p.estimatedCost.toLocaleString('en-GB')}` : '');
      log(table(['request', 'scale 1: execution (of which JIT), estimated cost', `scale ${options.growthScale}`], planned.map((g) => [g.label, cell(g.plans![0]), cell(g.plans![1])])));
    }
  }
  log('\nMemory of the server process (peak RSS)');
  const memoryRows: string[][] = [];
  const load = results.memory.underLoad;
  if (load) memoryRows.push(['throughput load', `${load.idleMiB} MiB`, `${load.peakMiB} MiB`, load.method]);
  for (const exp of results.memory.exports.filter((e) => !e.skipped)) {
    const what = `${exp.lines ?? 0} lines, ${((exp.bytes ?? 0) / 1e6).toFixed(1)} MB, ${exp.seconds} s${exp.error ? `, ${exp.error}` : ''}`;
    memoryRows.push([`CSV export ${exp.path} (${what})`, `${exp.idleMiB} MiB`, `${exp.peakMiB ?? ''} MiB`, exp.peakMethod ?? '']);
  }
  if (memoryRows.length) log(table(['during', 'idle RSS', 'peak RSS', 'how'], memoryRows));
  if (results.exportStreams.length) {
    log(`\nAll-years export ${ALL_YEARS_EXPORT} (scale 1; the client gives up after ${EXPORT_LIMIT_SECONDS} s)`);
    log(table(['database', 'status', 'first byte', 'lines', 'total', '/healthz meanwhile', 'note'], results.exportStreams.map((e) => [
      e.database, e.status ?? '', ms(e.firstByteMs ?? undefined), e.lines ?? '', ms(e.totalMs),
      e.healthz ? `${e.healthz.polls} polls, p50 ${ms(e.healthz.p50Ms)}, slowest ${ms(e.healthz.maxMs)}` : '', e.error ?? ''])));
  }
  if (results.edit) {
    const e = results.edit;
    log('\nOne-row change, end to end (scale 1, PostgreSQL)');
    log(table(['request', 'runs', 'p50', 'p95'], [e.error ? [e.label, `error: ${e.error}`] : [e.label, e.runs ?? '', ms(e.p50), ms(e.p95)]]));
  }
  const issue13Goals = Object.values(results.issue13);
  if (issue13Goals.length) {
    log('\nGoals (issue 13; keys as in the JSON\'s issue13)');
    log(table(['key', 'measured', 'goal', 'met', 'note'], goalRows(issue13Goals)));
  }
  if (results.goals.length) {
    log('\nGoals (issue 5)');
    log(table(['goal', 'figure', 'value', 'met'], results.goals.map((g) => [g.goal, g.figure, g.value, g.met === null ? '?' : g.met ? 'yes' : 'NO'])));
  }
  if (failures.length) {
    log('\nFailed');
    for (const f of failures) log(`  failed: ${f.figure}: ${f.error}`);
  }
  if (skipped.length) {
    log('\nSkipped');
    for (const s of skipped) log(`  skipped: ${s.figure}: ${s.reason}`);
  }
  return out.join('\n');
}

function machine() {
  let memoryGiB = Math.round(totalmem() / 2 ** 30);
  try {
    const free = execFileSync('free', ['-g'], { encoding: 'utf8' });
    memoryGiB = Number(/^Mem:\s+(\d+)/m.exec(free)?.[1] ?? memoryGiB);
  } catch {
    /* free is not installed */
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB,
    node: process.version,
    os: `${platform()} ${release()}`,
    postgres: null as string | null,
    /** 1, 5 and 15-minute load averages when the run started and ended: other work on the machine shows here. */
    loadAverage: { start: loadavg().map((l) => Math.round(l * 100) / 100), end: [] as number[] },
  };
}

function codeVersion(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted changes in src/` : head;
  } catch {
    return 'unknown';
  }
}

