import type { ServerConfig } from '../config.js';
import { poolSize, type Driver } from '../db/pool.js';

/** How many exports may stream at once, and how long one waits for a client that stopped reading. */
export interface ExportLimits {
  /** Exports streaming at once (EXPORT_MAX_CONCURRENT); the next one is answered 429. */
  maxConcurrent: number;
  /** An export whose client reads nothing for this long is cancelled (EXPORT_STALL_TIMEOUT_MS). */
  stallTimeoutMs: number;
  /** What a refused client is told to wait (Retry-After, whole seconds). */
  retryAfterSeconds: number;
}

/**
 * PostgreSQL: each export holds one of the pool's 10 connections while it streams, so 4 leave GraphQL 6.
 * PGlite: an export never holds the single connection between batches (row-cursor.ts), but each one's
 * statement and batches run on the server's own thread, one statement at a time, and its whole result is
 * kept until it is read. Two at once let a BI tool refresh two tables together while a GraphQL request
 * waits behind at most two export statements.
 */
export const DEFAULT_MAX_CONCURRENT: Record<Driver, number> = { postgresql: 4, pglite: 2 };

// Power Query honours Retry-After between 0.5 and 120 seconds.
const MAX_RETRY_AFTER_SECONDS = 120;

type ExportSettings = Pick<ServerConfig, 'exportMaxConcurrent' | 'exportStallTimeoutMs' | 'exportTimeoutMs'>;

/** The limits for this database, checked at start-up: a value that cannot work stops the server with its name. */
export function exportLimits(config: ExportSettings, driver: Driver): ExportLimits {
  const maxConcurrent = config.exportMaxConcurrent ?? DEFAULT_MAX_CONCURRENT[driver];
  // On PostgreSQL GraphQL keeps every connection exports cannot take: at least one.
  const most = driver === 'postgresql' ? poolSize(driver) - 1 : Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1 || maxConcurrent > most) {
    const range = driver === 'postgresql' ? `from 1 to ${most} (the pool has ${poolSize(driver)} connections and GraphQL keeps the rest)` : 'of at least 1';
    throw new Error(`EXPORT_MAX_CONCURRENT must be a whole number ${range}; was ${shown(maxConcurrent)}`);
  }
  const stallTimeoutMs = config.exportStallTimeoutMs;
  if (!Number.isInteger(stallTimeoutMs) || stallTimeoutMs < 1 || stallTimeoutMs > config.exportTimeoutMs) {
    throw new Error(
      `EXPORT_STALL_TIMEOUT_MS must be a whole number of milliseconds from 1 to EXPORT_TIMEOUT_MS (${config.exportTimeoutMs}); was ${shown(stallTimeoutMs)}`,
    );
  }
  // By then any slot held by a client that stopped reading has been freed.
  const retryAfterSeconds = Math.min(Math.max(Math.ceil(stallTimeoutMs / 1000), 1), MAX_RETRY_AFTER_SECONDS);
  return { maxConcurrent, stallTimeoutMs, retryAfterSeconds };
}

const shown = (value: number) => (Number.isNaN(value) ? 'not a number' : String(value));
