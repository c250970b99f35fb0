import { fileURLToPath } from 'node:url';
import { authSettingsFromEnv, type AuthSettings } from './auth/auth-settings.js';
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
  keepAliveTimeoutMs: number;
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
  /**
   * `AS_OF_DATE` (YYYY-MM-DD): the date the figures are read on instead of today, e.g. to reproduce a past
   * report. It decides which financial years are over or under way (workforce: in post) and which are to
   * come (planned). Null: today's date in England, read at each request.
   */
  asOfDate: string | null;
  /** How callers are authenticated (AUTH_JWKS_URL, AUTH_JWT_SECRET, AUTH_ISSUER, AUTH_AUDIENCE, ANONYMOUS_READ). */
  auth: AuthSettings;
  /** Largest body `POST /admin/import` reads (bytes). */
  adminImportMaxBytes: number;
  /** `METRICS_TOKEN`: when set, `/metrics` answers only a scraper sending it as a bearer token. */
  metricsToken: string | null;
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
    keepAliveTimeoutMs: Number(env.KEEP_ALIVE_TIMEOUT_MS ?? 65_000),
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
    asOfDate: asOfDateSetting(env.AS_OF_DATE),
    auth: authSettingsFromEnv(env),
    adminImportMaxBytes: Number(env.ADMIN_IMPORT_MAX_BYTES ?? 100_000_000),
    metricsToken: env.METRICS_TOKEN?.trim() || null,
  };
}

/** AS_OF_DATE, checked: a real calendar date written YYYY-MM-DD, or null when unset. */
export function asOfDateSetting(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new Error(`AS_OF_DATE must be a date written YYYY-MM-DD, such as 2026-03-31 (was '${value}')`);
  }
  return value;
}

// en-CA writes dates as YYYY-MM-DD; Europe/London so a request just after midnight in summer is on the new day.
// Made once: building a formatter costs more than a small request's resolvers.
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** The date a request reads the figures on: AS_OF_DATE when set, else today's date in England. */
export function dateOfReading(asOfDate: string | null, now: Date = new Date()): string {
  return asOfDate ?? LONDON_DATE.format(now);
}

/**
 * ASSESSMENT_CLEARANCE_YEARS: over how many years a diagnostic assessment waiting list above NICE's 13-week
 * standard is to be brought down to it (DIAGNOSTIC_ASSESSMENT need); a positive decimal, 2 unless set.
 * Kept as a decimal string and bound as numeric, so 1.5 means exactly 1.5.
 */
export function assessmentClearanceYears(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.ASSESSMENT_CLEARANCE_YEARS?.trim();
  if (!raw) return '2';
  if (!/^\d+(\.\d+)?$/.test(raw) || !(Number(raw) > 0)) {
    throw new Error(`ASSESSMENT_CLEARANCE_YEARS must be a positive number of years such as 2 (was '${raw}')`);
  }
  return raw;
}
