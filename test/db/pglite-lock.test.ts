import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openDatabase } from '../../src/db/database.js';
import { lockPgliteFolder, PgliteFolderInUse } from '../../src/db/pglite-lock.js';
import { readTestRun, testRunDir } from '../support/test-run.js';
import { databaseForProcess, run, runServer } from '../support/server-process.js';

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(testRunDir(), 'lock-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** The pid of a process that has ended: its lock is stale. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

test('a folder is locked by a file beside it naming this process, and released', () => {
  const folder = join(scratch, 'pglite');
  const lock = lockPgliteFolder(folder);
  expect(lock.file).toBe(`${folder}.lock`);
  expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
  lock.release();
  expect(existsSync(lock.file)).toBe(false);
  lockPgliteFolder(folder).release();
});

test('a folder locked by a running process is refused with what to do, naming the holder', () => {
  const folder = join(scratch, 'pglite');
  const lock = lockPgliteFolder(folder);
  try {
    let refusal: unknown;
    try {
      lockPgliteFolder(folder);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(PgliteFolderInUse);
    const { message } = refusal as Error;
    expect(message).toContain(`is in use by process ${process.pid}`);
    expect(message).toContain('stop that process first');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain(`delete ${relative(process.cwd(), folder)}.lock`);
  } finally {
    lock.release();
  }
});

test('a lock left by a process that has ended is taken over', () => {
  const folder = join(scratch, 'pglite');
  writeFileSync(`${folder}.lock`, JSON.stringify({ pid: deadPid(), command: 'npm start', since: '2026-01-01T00:00:00Z' }));
  const lock = lockPgliteFolder(folder);
  expect(JSON.parse(readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
  lock.release();
});

test('release leaves alone a lock that another process holds', () => {
  const folder = join(scratch, 'pglite');
  const lock = lockPgliteFolder(folder);
  const other = JSON.stringify({ pid: process.ppid, command: 'npm start', since: 'now' });
  writeFileSync(lock.file, other);
  lock.release();
  expect(readFileSync(lock.file, 'utf8')).toBe(other);
});

test('openDatabase locks a PGlite folder until closed; memory:// takes no lock', async () => {
  const testRun = readTestRun();
  if (!testRun.pglite) return; // the suite runs on PostgreSQL: no PGlite folder to lock
  const database = await databaseForProcess('empty');
  const folder = database.env.PGLITE_DIR!;
  try {
    const opened = await openDatabase({ pgliteDir: folder }, { migrate: false });
    expect(existsSync(`${folder}.lock`)).toBe(true);
    await expect(openDatabase({ pgliteDir: folder }, { migrate: false })).rejects.toBeInstanceOf(PgliteFolderInUse);
    await opened.close();
    expect(existsSync(`${folder}.lock`)).toBe(false);
  } finally {
    await database.drop();
  }
  // In-memory databases share nothing: two at once are fine.
  const memories = await Promise.all([1, 2].map(() => openDatabase({ pgliteDir: 'memory://' }, { migrate: false })));
  await Promise.all(memories.map((memory) => memory.close()));
});

test('`npm run import` into a folder the server holds exits 2, saying to stop the server or use PostgreSQL', async () => {
  const folder = join(scratch, 'pglite');
  // Held as the running server holds it: by another live process (this one) through the lock file.
  const lock = lockPgliteFolder(folder);
  try {
    const importer = run(join(process.cwd(), 'node_modules', '.bin', 'node'), ['--import', 'tsx', 'src/cli/import.ts', 'seeds/demo'], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PGLITE_DIR: folder, npm_lifecycle_event: 'import' },
    });
    const exit = await importer.exited;
    expect(exit.code).toBe(2);
    expect(importer.output()).toContain(`is in use by process ${process.pid}`);
    expect(importer.output()).toContain('stop that process first');
    expect(importer.output()).toContain('use PostgreSQL (set DATABASE_URL');
    // Nothing was created in the folder: the import never opened it.
    expect(existsSync(folder)).toBe(false);
  } finally {
    lock.release();
  }
}, 60_000);

test('a second server on a folder in use exits 2 with the same advice', async () => {
  const folder = join(scratch, 'pglite');
  const lock = lockPgliteFolder(folder);
  try {
    const server = runServer({ PGLITE_DIR: folder, PORT: '0', npm_lifecycle_event: 'start' });
    const exit = await server.exited;
    expect(exit.code).toBe(2);
    expect(server.output()).toContain(`is in use by process ${process.pid}`);
    expect(server.output()).not.toContain('    at '); // a message, not a stack trace
  } finally {
    lock.release();
  }
}, 60_000);
