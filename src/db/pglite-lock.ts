import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';

/**
 * PGlite is PostgreSQL compiled into the process: two processes opening one data folder would each believe
 * they own it and corrupt it. So the folder is locked by the process using it, with a lock file beside it
 * (`<folder>.lock`, outside PGlite's own files) holding that process's pid. A lock left by a process that
 * no longer runs is taken over.
 */
export interface PgliteLock {
  readonly file: string;
  release(): void;
}

/** Who holds a lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  /** What the holder runs: `npm start`, `npm run import`, or the script's name. */
  command: string;
  since: string;
}

export class PgliteFolderInUse extends Error {
  constructor(
    readonly folder: string,
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    const shown = shortPath(folder);
    const lock = shortPath(lockFile);
    super(
      [
        holder.pid
          ? `The PGlite data folder ${shown} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}).`
          : `The PGlite data folder ${shown} is being opened by another process right now.`,
        'PGlite lets one process at a time open its folder. Either:',
        `  - stop that process first (Ctrl-C in its terminal${holder.pid ? `, or kill ${holder.pid}` : ''}), then run this again; or`,
        '  - use PostgreSQL (set DATABASE_URL for the server and for `npm run import`): an import can then run while',
        '    the server runs, and the server sees the new data at once.',
        `If ${holder.pid ? `process ${holder.pid}` : 'no such process'} is not this project's server or CLI, delete ${lock} and try again.`,
      ].join('\n'),
    );
    this.name = 'PgliteFolderInUse';
  }
}

/** Locks a PGlite data folder for this process; throws PgliteFolderInUse while another running process holds it. */
export function lockPgliteFolder(folder: string): PgliteLock {
  const absolute = resolve(folder);
  const file = `${absolute}.lock`;
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (tryCreate(file)) return heldLock(file);
    const holder = readHolder(file);
    if (holder && isRunning(holder.pid)) throw new PgliteFolderInUse(absolute, file, holder);
    if (!holder && isFresh(file)) throw new PgliteFolderInUse(absolute, file, unknownHolder());
    // Stale: its process is gone (or it was never completely written, long ago). Take it over.
    rmSync(file, { force: true });
  }
  // Another process took the stale lock over between our attempts.
  throw new PgliteFolderInUse(absolute, file, readHolder(file) ?? unknownHolder());
}

/** The folder a PGlite `dbName` opens on disk; undefined for `memory://` and other databases kept elsewhere. */
export function pgliteFolderOf(dbName: string): string | undefined {
  if (dbName.startsWith('file://')) return dbName.slice('file://'.length);
  return /^[a-z]+:\/\//i.test(dbName) ? undefined : dbName;
}

function tryCreate(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    const holder: LockHolder = { pid: process.pid, command: describeCommand(), since: new Date().toISOString() };
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function heldLock(file: string): PgliteLock {
  // A process that ends without closing its database (a crash, process.exit) still removes its lock.
  const onExit = () => removeIfOurs(file);
  process.on('exit', onExit);
  let held = true;
  return {
    file,
    release() {
      if (!held) return;
      held = false;
      process.off('exit', onExit);
      removeIfOurs(file);
    },
  };
}

function removeIfOurs(file: string): void {
  if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file without a readable pid may be one being written this instant. */
function isFresh(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < 5_000;
  } catch {
    return false;
  }
}

function unknownHolder(): LockHolder {
  return { pid: 0, command: 'unknown', since: 'unknown' };
}

/** Relative to the working directory when inside it (`.data/pglite`), else absolute. */
function shortPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') ? inside : path;
}

function describeCommand(): string {
  const event = process.env.npm_lifecycle_event;
  if (event === 'start') return 'npm start';
  if (event) return `npm run ${event}`;
  return basename(process.argv[1] ?? process.argv0);
}
