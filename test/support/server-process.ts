import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { quoteIdent, urlForDatabase, withAdminClient } from './postgres-admin.js';
import { readTestRun, testRunDir, type TestDataset } from './test-run.js';

/** The server (or any command) running as a real child process, with what it printed and how it ended. */
export interface ChildRun {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves when the process has exited, with its code, signal and the moment (performance.now()). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Resolves once the output contains `text`; rejects after `timeoutMs` or when the process exits first. */
  printed(text: string, timeoutMs: number): Promise<void>;
}

/** Starts a command with exactly `env` (nothing inherited), in its own process group. */
export function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): ChildRun {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => {
      const at = performance.now();
      // Let the last output arrive before anyone reads it.
      child.once('close', () => resolve({ code, signal, at }));
    }),
  );
  const printed = (text: string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!output.includes(text)) return;
        done();
        resolve();
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`"${text}" not printed within ${timeoutMs} ms; output:\n${output}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then(() => {
        if (!listeners.has(check)) return;
        done();
        reject(new Error(`process exited before printing "${text}"; output:\n${output}`));
      });
      check();
    });
  return { child, output: () => output, exited, printed };
}

/** The server as `npm start` runs it (the project's Node, tsx), started directly so signals reach it alone. */
export function runServer(env: NodeJS.ProcessEnv, cwd = process.cwd()): ChildRun {
  return run(join(cwd, 'node_modules', '.bin', 'node'), ['--import', 'tsx', 'src/main.ts'], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', ...env },
  });
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls `url` until it answers 200; fails after `timeoutMs` or as soon as the process has exited. */
export async function waitForOk(url: string, server: ChildRun, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => (ended = true));
  while (performance.now() < deadline) {
    if (ended) throw new Error(`server exited before ${url} answered; output:\n${server.output()}`);
    const status = await fetch(url).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms; output:\n${server.output()}`);
}

/**
 * The environment giving a server process a database of its own holding `dataset`: a copy of the run's PGlite
 * folder, or a clone of the run's PostgreSQL template. `drop()` removes it again.
 */
export async function databaseForProcess(dataset: TestDataset): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  const testRun = readTestRun();
  if (testRun.postgres) {
    const name = `${testRun.postgres.prefix}_${randomUUID().slice(0, 8)}`;
    const admin = testRun.postgres.adminUrl;
    await withAdminClient(admin, (client) =>
      client.query(`create database ${quoteIdent(name)} template ${quoteIdent(testRun.postgres!.templates[dataset])}`),
    );
    return {
      env: { DATABASE_URL: urlForDatabase(admin, name) },
      drop: () => withAdminClient(admin, (client) => client.query(`drop database if exists ${quoteIdent(name)} with (force)`)).then(() => {}),
    };
  }
  const folder = join(testRunDir(), `pglite-process-${randomUUID()}`);
  cpSync(testRun.pglite!.dataDirs[dataset], folder, { recursive: true });
  return {
    env: { PGLITE_DIR: folder },
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  };
}
