import { defineConfig as definePostgresConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { defineConfig as definePgliteConfig } from '@mikro-orm/pglite';
import { Migrator } from '@mikro-orm/migrations';
import type { Options } from '@mikro-orm/core';
import { CompiledQuery, type DatabaseConnection } from 'kysely';
import { entities } from './entities.js';
import { migrationsList } from '../migrations/index.js';

export interface DatabaseSettings {
  /** A PostgreSQL connection URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** PGlite data directory, or `memory://` for a throw-away database. */
  pgliteDir?: string;
  /** Receives every SQL statement the ORM sends (used to count statements per request). */
  onQuery?: (sql: string) => void;
  /** A PGlite data directory dump (tarball) to start from, instead of an empty cluster. */
  pgliteLoadDataDir?: Blob;
  /**
   * Longest one SQL statement may run, in milliseconds, set on every session (`statement_timeout`);
   * absent or 0 for no limit. PostgreSQL enforces it; PGlite accepts it but never cancels (see README).
   */
  statementTimeoutMs?: number;
}

/** Default of `STATEMENT_TIMEOUT_MS`: a national gap statement takes about 4 s at scale 1 (bench). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;
/**
 * Connections in the PostgreSQL pool. Exports hold one each for as long as they stream (at most
 * EXPORT_MAX_CONCURRENT of them); GraphQL requests share the rest.
 */
export const POSTGRES_POOL_SIZE = 10;

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDir: env.PGLITE_DIR || '.data/pglite',
    statementTimeoutMs: statementTimeoutFrom(env.STATEMENT_TIMEOUT_MS),
  };
}

function statementTimeoutFrom(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_STATEMENT_TIMEOUT_MS;
  const ms = Number(value);
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new Error(`STATEMENT_TIMEOUT_MS must be a whole number of milliseconds, 0 for no limit (was "${value}")`);
  }
  return ms;
}

export function ormConfig(settings: DatabaseSettings): Options {
  const common = {
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: 'src/migrations',
      pathTs: 'src/migrations',
      snapshotName: '.snapshot',
      // The snapshot describes the entities, written by `migration:create` only. Rewritten from the migrated
      // database it would hold hand-written objects kept without an entity (the data_version table, the
      // places share trigger), and the next `migration:create` would drop them.
      snapshotOnMigrate: false,
      transactional: true,
      allOrNothing: true,
      // The server and CLI print their own summary of what was applied.
      silent: true,
    },
    // Queries are executed explicitly; the ORM never lazily fetches behind a resolver's back.
    allowGlobalContext: false,
    debug: settings.onQuery ? ['query' as const] : false,
    loggerFactory: settings.onQuery ? queryLoggerFactory(settings.onQuery) : undefined,
  };
  if (settings.databaseUrl) {
    return definePostgresConfig({
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: settings.databaseUrl,
      onCreateConnection: sessionSetup(['set jit = off', ...statementTimeout(settings)]),
      pool: { min: 0, max: POSTGRES_POOL_SIZE },
      // A database that does not answer fails the request after 5 s (503) instead of holding it for
      // the OS's TCP timeout; the pool opens fresh connections once it is back.
      driverOptions: { connectionTimeoutMillis: 5000 },
    }) as Options;
  }
  return definePgliteConfig({
    ...common,
    dbName: settings.pgliteDir ?? '.data/pglite',
    driverOptions: settings.pgliteLoadDataDir ? { loadDataDir: settings.pgliteLoadDataDir } : undefined,
    onCreateConnection: sessionSetup(statementTimeout(settings)),
  }) as Options;
}

/**
 * Settings every pooled session starts with. JIT is off on PostgreSQL: the gap statements' cost
 * estimates pass jit_above_cost on national data, and compiling them took longer than running them
 * (bench: 24.7 s of JIT in a 37.5 s national statement at scale 10).
 */
function sessionSetup(statements: string[]): ((connection: unknown) => Promise<void>) | undefined {
  if (!statements.length) return undefined;
  return async (connection) => {
    for (const statement of statements) await (connection as DatabaseConnection).executeQuery(CompiledQuery.raw(statement));
  };
}

/** No single statement may hold a session (and its pool slot) longer than the limit. */
function statementTimeout(settings: DatabaseSettings): string[] {
  const ms = settings.statementTimeoutMs ?? 0;
  if (!Number.isSafeInteger(ms) || ms < 0) throw new Error(`statementTimeoutMs must be a whole number of milliseconds (was ${ms})`);
  // SET takes no bind parameters; ms is checked to be an integer above.
  return ms > 0 ? [`set statement_timeout = ${ms}`] : [];
}

function queryLoggerFactory(onQuery: (sql: string) => void): Options['loggerFactory'] {
  return () => ({
    log: (namespace: string, message: string) => {
      if (namespace === 'query') onQuery(message);
    },
    error: () => {},
    warn: () => {},
    logQuery: (context: { query: string }) => onQuery(context.query),
    setDebugMode: () => {},
    isEnabled: (namespace: string) => namespace === 'query',
  });
}
