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
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDir: env.PGLITE_DIR || '.data/pglite',
  };
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
      // The snapshot describes the entities; hand-written objects (the places share trigger) are not in it.
      // Rewritten from the migrated database, it would hold them, and the next migration:create would drop them.
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
      onCreateConnection: turnJitOff,
      pool: { min: 0, max: 10 },
    }) as Options;
  }
  return definePgliteConfig({
    ...common,
    dbName: settings.pgliteDir ?? '.data/pglite',
    driverOptions: settings.pgliteLoadDataDir ? { loadDataDir: settings.pgliteLoadDataDir } : undefined,
  }) as Options;
}

/**
 * Turns PostgreSQL's JIT off for each pooled session: the gap statements' cost estimates pass
 * jit_above_cost on national data, and compiling them took longer than running them
 * (bench: 24.7 s of JIT in a 37.5 s national statement at scale 10).
 */
async function turnJitOff(connection: unknown): Promise<void> {
  await (connection as DatabaseConnection).executeQuery(CompiledQuery.raw('set jit = off'));
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
