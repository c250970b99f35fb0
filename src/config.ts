import { fileURLToPath } from 'node:url';
import { settingsFromEnv, type DatabaseSettings } from './db/config.js';

/** Everything the server reads from its environment, with defaults for a laptop. */
export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseSettings;
  seedOnStart: boolean;
  seedFolder: string;
  /** `DEBUG_ERRORS=true` sends internal error messages and stack traces to callers; off unless asked for. */
  debugErrors: boolean;
  maxBodyBytes: number;
  /** A request running longer than this is answered with 503 (milliseconds). */
  requestTimeoutMs: number;
  /** Idle limit for streamed exports (milliseconds). */
  exportTimeoutMs: number;
  /** Longest `/readyz` waits for the database before answering 503 (milliseconds). */
  readinessTimeoutMs: number;
  /** Exports streaming at once; unset: the database's default (src/export/export-limits.ts). */
  exportMaxConcurrent?: number;
  /** An export whose client reads nothing for this long is cancelled (milliseconds). */
  exportStallTimeoutMs: number;
  maxDepth: number;
  maxAliases: number;
  /** Estimated cost limit: every field costs 1, paged fields are weighted by page size, gap fields by their statement. */
  maxCost: number;
  /** The web build (IDE and dashboard pages and assets) that `npm run build:web` writes. */
  webDir: string;
  /** On SIGTERM/SIGINT, requests in flight get this long to finish before their connections are closed (ms). */
  shutdownTimeoutMs: number;
  /** `max-age` of successful GET /graphql answers (seconds). */
  httpCacheMaxAge: number;
  /** Requests per minute one client may send; unset (0) means no limit. */
  rateLimitPerMinute: number;
  /** Behind a reverse proxy: the client is the address it appended to X-Forwarded-For. */
  trustProxy: boolean;
  /** Origins whose browser pages may call the API (CORS); empty allows none. */
  corsOrigins: string[];
  /** Most representations federation's `_entities` may resolve in one request. */
  maxEntitiesRepresentations: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    database: settingsFromEnv(env),
    seedOnStart: env.SEED_ON_START !== 'false',
    seedFolder: env.SEED_FOLDER ?? 'seeds/demo',
    debugErrors: env.DEBUG_ERRORS === 'true',
    maxBodyBytes: Number(env.MAX_BODY_BYTES ?? 1_000_000),
    requestTimeoutMs: Number(env.REQUEST_TIMEOUT_MS ?? 30_000),
    exportTimeoutMs: Number(env.EXPORT_TIMEOUT_MS ?? 600_000),
    readinessTimeoutMs: Number(env.READINESS_TIMEOUT_MS ?? 5_000),
    exportMaxConcurrent: env.EXPORT_MAX_CONCURRENT ? Number(env.EXPORT_MAX_CONCURRENT) : undefined,
    exportStallTimeoutMs: Number(env.EXPORT_STALL_TIMEOUT_MS ?? 30_000),
    maxDepth: Number(env.MAX_QUERY_DEPTH ?? 10),
    maxAliases: Number(env.MAX_QUERY_ALIASES ?? 15),
    maxCost: Number(env.MAX_QUERY_COST ?? 50_000),
    webDir: env.WEB_DIR ?? fileURLToPath(new URL('../dist/web/', import.meta.url)),
    shutdownTimeoutMs: Number(env.SHUTDOWN_TIMEOUT_MS ?? 10_000),
    httpCacheMaxAge: Number(env.HTTP_CACHE_MAX_AGE ?? 60),
    rateLimitPerMinute: Number(env.RATE_LIMIT_PER_MINUTE || 0),
    trustProxy: env.TRUST_PROXY === 'true',
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    maxEntitiesRepresentations: Number(env.MAX_ENTITIES_REPRESENTATIONS ?? 500),
  };
}
