import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { send } from './http.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** A server running in its own process on a loopback port, so its memory can be read on its own. */
export interface ChildServer {
  name: string;
  pid: number;
  baseUrl: string;
  endpoint: string;
  /** Resident and peak resident memory of the server process, in MiB (from /proc/<pid>/status). */
  memory(): { rssMiB: number; peakMiB: number };
  /** CPU time (user + system) the server process has used so far, in ms (from /proc/<pid>/stat). */
  cpuMs(): number;
  /** Starts a fresh peak: resets VmHWM (clear_refs 5) and samples VmRSS every 20 ms until the returned stop(). */
  watchPeak(): () => { peakMiB: number; method: string };
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildServer>();

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function status(pid: number): Record<string, number> {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const values: Record<string, number> = {};
  for (const match of text.matchAll(/^(Vm\w+):\s+(\d+) kB$/gm)) values[match[1]] = Number(match[2]);
  return values;
}

const mib = (kb: number) => Math.round((kb / 1024) * 10) / 10;

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

function cpuMsOf(pid: number): number {
  // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export interface SpawnOptions {
  name: string;
  script: string;
  env: Record<string, string>;
  /** Path on the server answering 2xx once it is ready. */
  readyPath: string;
  readyBody?: string;
  timeoutMs?: number;
  /** Another checkout to run the script from (its tsconfig applies); this repository by default. */
  cwd?: string;
}

/** Spawns `node --import tsx <script>` (this Node, not the system one) and waits until it answers. */
export async function spawnServer(options: SpawnOptions): Promise<ChildServer> {
  const port = await freePort();
  // BENCH_SERVER_NODE_ARGS adds Node flags to every server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...extra, '--import', 'tsx', options.script], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exited = code;
      resolve();
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildServer = {
    name: options.name,
    pid: child.pid!,
    baseUrl,
    endpoint: `${baseUrl}/graphql`,
    memory() {
      const values = status(child.pid!);
      return { rssMiB: mib(values.VmRSS ?? 0), peakMiB: mib(values.VmHWM ?? 0) };
    },
    watchPeak() {
      let method = 'VmHWM after clear_refs';
      try {
        writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
      } catch {
        method = 'VmRSS sampled every 20 ms';
      }
      let sampled = 0;
      const sample = () => {
        try {
          sampled = Math.max(sampled, status(child.pid!).VmRSS ?? 0);
        } catch {
          /* exited */
        }
      };
      sample();
      const timer = setInterval(sample, 20);
      return () => {
        clearInterval(timer);
        sample();
        const hwm = method.startsWith('VmHWM') ? (status(child.pid!).VmHWM ?? 0) : 0;
        return { peakMiB: mib(Math.max(hwm, sampled)), method };
      };
    },
    cpuMs: () => cpuMsOf(child.pid!),
    output: () => output,
    async stop() {
      running.delete(server);
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
  running.add(server);
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== undefined) throw new Error(`${options.name} exited (code ${exited}) before it was ready:\n${output.slice(-2000)}`);
    try {
      const result = await send(`${baseUrl}${options.readyPath}`, options.readyBody ? { method: 'POST', body: options.readyBody } : {});
      if (result.status >= 200 && result.status < 300) return server;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${options.name} was not ready after ${(options.timeoutMs ?? 120_000) / 1000} s:\n${output.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The shared secret the bench's servers accept tokens signed with (the edit figure signs an ADMIN token). */
export const BENCH_JWT_SECRET = 'ics-needs-graph bench secret, for loopback servers only';

/** This project's server as it ships (src/main.ts), on a PostgreSQL database, seeding off. */
export function startOurServer(databaseUrl: string, name = 'ics-needs-graph'): Promise<ChildServer> {
  return spawnServer({
    name,
    script: 'src/main.ts',
    env: { DATABASE_URL: databaseUrl, SEED_ON_START: 'false', NODE_ENV: 'production', AUTH_JWT_SECRET: BENCH_JWT_SECRET },
    readyPath: '/readyz',
  });
}

/** The same server on a PGlite data folder (DATABASE_URL emptied, so the folder is used). */
export function startOurServerOnPglite(pgliteDir: string, name = 'ics-needs-graph (PGlite)'): Promise<ChildServer> {
  return spawnServer({
    name,
    script: 'src/main.ts',
    env: { DATABASE_URL: '', PGLITE_DIR: pgliteDir, SEED_ON_START: 'false', NODE_ENV: 'production', AUTH_JWT_SECRET: BENCH_JWT_SECRET },
    readyPath: '/readyz',
  });
}

/** PostGraphile v5 (bench/servers/postgraphile.ts) on the same database. */
export function startPostGraphile(databaseUrl: string): Promise<ChildServer> {
  return spawnServer({
    name: 'PostGraphile v5',
    script: 'bench/servers/postgraphile.ts',
    env: { DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
    readyPath: '/graphql',
    readyBody: JSON.stringify({ query: '{ __typename }' }),
  });
}

export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop().catch(() => {})));
}
