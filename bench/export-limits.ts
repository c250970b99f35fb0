/**
 * Exports against clients that stop reading: `npm run bench:exports` (PGlite and, when it answers, the
 * local PostgreSQL; `--no-postgres`, `--no-pglite`, `--stall-ms <n>`). The server runs as a child process
 * on the scale-1 bench dataset (bench/data/scale-1, generated when missing, loaded on start), whose national
 * exports are larger than the socket buffers between server and client (about 6 MB on loopback), so a
 * client that stops reading really holds its export. For each database it prints:
 *  - peak RSS of the server while national exports are read at full speed;
 *  - with as many readers as EXPORT_MAX_CONCURRENT reading the headers and then nothing: what the next
 *    export is answered (429, Retry-After), how long trivial GraphQL queries take meanwhile, the server's
 *    peak RSS while the readers are stalled, and how long until the stall timeout frees a slot.
 */
import { rm, mkdtemp } from 'node:fs/promises';
import { get, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_CONCURRENT } from '../src/export/export-limits.js';
import { DEFAULT_SEED, GENERATOR_VERSION, defaultFolder, generateDataset, readManifest } from './generate-data.js';
import { spawnServer, stopAllServers, type ChildServer } from './lib/child-server.js';
import { closeAgent, drain, graphql, send } from './lib/http.js';
import { createScratchDatabase, dropAll, postgresAvailable } from './lib/postgres.js';
import { table } from './lib/table.js';

const { values: args } = parseArgs({
  options: {
    'stall-ms': { type: 'string', default: '15000' },
    'no-postgres': { type: 'boolean', default: false },
    'no-pglite': { type: 'boolean', default: false },
  },
});
const STALL_MS = Number(args['stall-ms']);
/** National exports: every finding of England for one year (7.9 MB), every JSNA need row (21.7 MB). */
const FULL_SPEED = ['/export/gap-findings.csv?year=2025', '/export/needs.csv'];
const STALLED = '/export/needs.csv';
const SMALL = '/export/places.csv?icsCode=QWU';
const TRIVIAL = '{ integratedCareSystems(first: 1) { totalCount } }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (value: number) => `${value.toFixed(1)} MiB`;

/** A download whose client reads the headers and then nothing more; `at` is when the headers came. */
function stalledReader(url: string): Promise<{ response: IncomingMessage; at: number }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      response.pause();
      resolve({ response, at: performance.now() });
    }).on('error', reject);
  });
}

async function measure(server: ChildServer, share: number): Promise<string[][]> {
  const rows: string[][] = [];
  await graphql(server.endpoint, TRIVIAL); // warm
  for (const path of FULL_SPEED) {
    const idle = server.memory().rssMiB;
    const stop = server.watchPeak();
    const result = await drain(`${server.baseUrl}${path}`, 300_000);
    const peak = stop();
    rows.push([`${path} read at full speed`, `HTTP ${result.status}, ${(result.bytes / 1e6).toFixed(1)} MB in ${seconds(result.ms)}`, mib(idle), mib(peak.peakMiB)]);
  }

  const idle = server.memory().rssMiB;
  const stop = server.watchPeak();
  const started = performance.now();
  const readers = await Promise.all(Array.from({ length: share }, () => stalledReader(`${server.baseUrl}${STALLED}`)));
  const opened = performance.now();
  const firstStalled = Math.min(...readers.map((reader) => reader.at));
  rows.push([
    `${share} readers of ${STALLED} stop reading`,
    `HTTP ${readers.map((reader) => reader.response.statusCode).join(', ')}; headers after ${readers.map((reader) => seconds(reader.at - started)).join(', ')}`,
    '',
    '',
  ]);
  const refused = await send(`${server.baseUrl}${SMALL}`);
  const retryAfter = JSON.parse(refused.body.toString('utf8')).retryAfterSeconds;
  rows.push(['the next export meanwhile', `HTTP ${refused.status}, Retry-After ${retryAfter} s`, '', '']);
  const latencies: number[] = [];
  for (let i = 0; i < 10; i += 1) latencies.push((await graphql(server.endpoint, TRIVIAL)).ms);
  const parallel = await Promise.all(Array.from({ length: 8 }, () => graphql(server.endpoint, TRIVIAL)));
  rows.push([
    'trivial GraphQL queries meanwhile',
    `10 in turn: slowest ${Math.max(...latencies).toFixed(0)} ms; 8 at once: slowest ${Math.max(...parallel.map((answer) => answer.ms)).toFixed(0)} ms`,
    '',
    '',
  ]);
  // A small export is refused until the stall timeout frees a slot.
  let freed = 0;
  for (;;) {
    const answer = await send(`${server.baseUrl}${SMALL}`);
    if (answer.status === 200) {
      freed = performance.now();
      break;
    }
    if (performance.now() - opened > STALL_MS + 120_000) throw new Error('no slot was freed');
    await sleep(100);
  }
  const peak = stop();
  rows.push([
    `stall timeout ${seconds(STALL_MS)}: a new export runs`,
    `${seconds(freed - firstStalled)} after the first reader's headers`,
    mib(idle),
    mib(peak.peakMiB),
  ]);
  for (const reader of readers) reader.response.destroy();
  return rows;
}

/** The scale-1 dataset folder, generated unless this generator version already wrote it. */
async function scaleOne(): Promise<string> {
  const folder = defaultFolder(1);
  const manifest = await readManifest(folder);
  if (!manifest || manifest.generatorVersion !== GENERATOR_VERSION || manifest.seed !== DEFAULT_SEED) {
    console.log(`generating ${folder} …`);
    await generateDataset({ scale: 1, out: folder });
  }
  return folder;
}

async function run(name: string, env: Record<string, string>, share: number): Promise<void> {
  console.log(`\n${name}: loading the scale-1 dataset …`);
  const server = await spawnServer({
    name,
    script: 'src/main.ts',
    env: { ...env, SEED_FOLDER: await scaleOne(), NODE_ENV: 'production', EXPORT_STALL_TIMEOUT_MS: String(STALL_MS) },
    readyPath: '/readyz',
    timeoutMs: 900_000,
  });
  try {
    const rows = await measure(server, share);
    console.log(`${name} (EXPORT_MAX_CONCURRENT ${share}, EXPORT_STALL_TIMEOUT_MS ${STALL_MS}): RSS of the server process, peak from VmHWM after clear_refs`);
    console.log(table(['during', 'figure', 'RSS before', 'peak RSS'], rows));
  } finally {
    await server.stop();
  }
}

try {
  if (!args['no-pglite']) {
    const dir = await mkdtemp(join(tmpdir(), 'bench-exports-'));
    try {
      await run('PGlite', { PGLITE_DIR: join(dir, 'pglite') }, DEFAULT_MAX_CONCURRENT.pglite);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  if (!args['no-postgres'] && (await postgresAvailable())) {
    const database = await createScratchDatabase('exports');
    await run('PostgreSQL', { DATABASE_URL: database.url }, DEFAULT_MAX_CONCURRENT.postgresql);
  }
} finally {
  closeAgent();
  await stopAllServers();
  await dropAll();
}
