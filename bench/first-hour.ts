/**
 * `npm run bench:first-hour [-- --starts 3 --stops 10]`: what a new user waits for. Prints the time from
 * starting the server on a fresh PGlite folder to `/readyz` 200 (migration and demo seeding included), then the
 * time from SIGTERM to the process's exit over repeated runs on the seeded folder: idle, and with a request in
 * flight that a slow client completes 1 s after the signal. Real processes, as `npm start` runs them; no
 * PostgreSQL needed. Each run uses its own temporary folder, removed at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { starts: { type: 'string', default: '3' }, stops: { type: 'string', default: '10' } } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const scratch = mkdtempSync(join(tmpdir(), 'ics-first-hour-'));

interface Server {
  child: ChildProcess;
  port: number;
  exited: Promise<{ code: number | null; at: number }>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function start(folder: string): Promise<{ server: Server; readyMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(join('node_modules', '.bin', 'node'), ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PGLITE_DIR: folder, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, at: performance.now() })),
  );
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was ready`);
    const status = await fetch(`http://127.0.0.1:${port}/readyz`).then((response) => response.status, () => 0);
    if (status === 200) return { server: { child, port, exited }, readyMs: performance.now() - started };
    await sleep(100);
  }
}

/** A GraphQL POST whose body arrives in two parts, the second `afterMs` later. */
function slowPost(port: number, afterMs: number): Promise<number> {
  const body = JSON.stringify({ query: '{ integratedCareSystems { totalCount } }' });
  return new Promise((resolve, reject) => {
    const client = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/graphql', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => response.resume().on('end', () => resolve(response.statusCode!)),
    );
    client.on('error', reject);
    client.write(body.slice(0, 10));
    setTimeout(() => client.end(body.slice(10)), afterMs);
  });
}

async function stop(folder: string, inFlightMs: number): Promise<number> {
  const { server } = await start(folder);
  const answer = inFlightMs > 0 ? slowPost(server.port, inFlightMs + 200) : Promise.resolve(200);
  await sleep(200);
  const signalled = performance.now();
  server.child.kill('SIGTERM');
  const [exit, status] = await Promise.all([server.exited, answer]);
  if (exit.code !== 0 || status !== 200) throw new Error(`exit ${exit.code}, request ${status}`);
  return exit.at - signalled;
}

function summary(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `${label}: min ${s(sorted[0])}, median ${s(sorted[Math.floor(sorted.length / 2)])}, max ${s(sorted.at(-1)!)} (n=${values.length}; ${values.map((v) => (v / 1000).toFixed(2)).join(', ')})`;
}

try {
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine`);
  const readies: number[] = [];
  for (let run = 0; run < Number(args.starts); run += 1) {
    const { server, readyMs } = await start(join(scratch, `fresh-${run}`, 'pglite'));
    readies.push(readyMs);
    server.child.kill('SIGTERM');
    await server.exited;
  }
  console.log(summary('fresh PGlite folder to /readyz 200 (migrate + seed demo)', readies));
  const seeded = join(scratch, 'fresh-0', 'pglite');
  const idle: number[] = [];
  const busy: number[] = [];
  for (let run = 0; run < Number(args.stops); run += 1) {
    const folder = join(scratch, `stop-${run}`);
    cpSync(seeded, folder, { recursive: true });
    idle.push(await stop(folder, 0));
    busy.push(await stop(folder, 1_000));
  }
  console.log(summary('SIGTERM to exit 0, idle', idle));
  console.log(summary('SIGTERM to exit 0, a request in flight completing 1 s after the signal', busy));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
