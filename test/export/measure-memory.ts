/**
 * Peak memory of the server process during exports: `node --import tsx test/export/measure-memory.ts`
 * [paths…] (PGlite, in a temporary folder, seeded with seeds/demo) or with DATABASE_URL set (an existing
 * database, seeded with seeds/demo when empty). The server runs as a child process; its peak resident set (VmHWM) is reset before each export
 * (`5` to /proc/<pid>/clear_refs) and read after it, while the body is read and discarded.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DEFAULT_EXPORTS = [
  '/export/gap-findings.csv?icsCode=QWU&year=2025',
  '/export/gap-findings.csv',
  '/export/gap-findings.json',
  '/export/needs.csv',
];
const EXPORTS = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_EXPORTS;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const statusOf = (pid: number) => readFileSync(`/proc/${pid}/status`, 'utf8');
const kib = (status: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]);
const mib = (value: number) => `${(value / 1024).toFixed(0)} MiB`;

const port = await freePort();
const pgliteDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'ics-export-memory-'));
const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...(pgliteDir ? { PGLITE_DIR: pgliteDir } : {}) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve, reject) => {
  child.stdout!.on('data', (data: Buffer) => data.toString().includes('ready in') && resolve());
  child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const pid = child.pid!;
const base = `http://127.0.0.1:${port}`;
console.log(`server pid ${pid} on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}: since start VmHWM ${mib(kib(statusOf(pid), 'VmHWM'))}`);

for (const path of EXPORTS) {
  await fetch(`${base}/healthz`); // settle
  writeFileSync(`/proc/${pid}/clear_refs`, '5'); // peak RSS := current RSS
  const before = kib(statusOf(pid), 'VmRSS');
  const started = performance.now();
  const response = await fetch(`${base}${path}`);
  let bytes = 0;
  for await (const chunk of response.body!) bytes += (chunk as Uint8Array).byteLength;
  const peak = kib(statusOf(pid), 'VmHWM');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${path}: ${response.status}, ${(bytes / 1e6).toFixed(1)} MB in ${seconds}s; RSS before ${mib(before)}, ` +
      `peak ${mib(peak)} (+${mib(peak - before)})`,
  );
}
child.kill('SIGTERM');
await new Promise((resolve) => child.on('exit', resolve));
if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
