import { settingsFromEnv, type DatabaseSettings } from './db/config.js';

/** Everything the server reads from its environment, with defaults for a laptop. */
export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseSettings;
  seedOnStart: boolean;
  seedFolder: string;
  production: boolean;
  maxBodyBytes: number;
  /** A request running longer than this is answered with 503 (milliseconds). */
  requestTimeoutMs: number;
  /** Idle limit for streamed exports (milliseconds). */
  exportTimeoutMs: number;
  /** Exports streaming at once; unset: the database's default (src/export/export-limits.ts). */
  exportMaxConcurrent?: number;
  /** An export whose client reads nothing for this long is cancelled (milliseconds). */
  exportStallTimeoutMs: number;
  maxDepth: number;
  maxAliases: number;
  /** Estimated cost limit: every field costs 1, paged fields are weighted by page size. */
  maxCost: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    database: settingsFromEnv(env),
    seedOnStart: env.SEED_ON_START !== 'false',
    seedFolder: env.SEED_FOLDER ?? 'seeds/demo',
    production: env.NODE_ENV === 'production',
    maxBodyBytes: Number(env.MAX_BODY_BYTES ?? 1_000_000),
    requestTimeoutMs: Number(env.REQUEST_TIMEOUT_MS ?? 30_000),
    exportTimeoutMs: Number(env.EXPORT_TIMEOUT_MS ?? 600_000),
    exportMaxConcurrent: env.EXPORT_MAX_CONCURRENT ? Number(env.EXPORT_MAX_CONCURRENT) : undefined,
    exportStallTimeoutMs: Number(env.EXPORT_STALL_TIMEOUT_MS ?? 30_000),
    maxDepth: Number(env.MAX_QUERY_DEPTH ?? 10),
    maxAliases: Number(env.MAX_QUERY_ALIASES ?? 15),
    maxCost: Number(env.MAX_QUERY_COST ?? 50_000),
  };
}
