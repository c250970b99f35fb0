import { MikroORM } from '@mikro-orm/core';
import { recordMigrations } from '../coverage/data-version.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ormConfig, type DatabaseSettings } from './config.js';
import { lockPgliteFolder, pgliteFolderOf, type PgliteLock } from './pglite-lock.js';
import { SqlRunner } from './sql.js';

export interface Database {
  orm: MikroORM;
  /** A fresh entity manager; every request and every import gets its own. */
  fork(): EntityManager;
  /** Hand-written SQL with bind parameters, in the given entity manager's transaction if it has one. */
  sql(em?: EntityManager): SqlRunner;
  close(): Promise<void>;
}

/** Connects, and brings the schema up to date through the committed migrations (applyMigrations). */
export async function openDatabase(settings: DatabaseSettings, { migrate = true } = {}): Promise<Database> {
  const lock = lockFolderOf(settings);
  let orm: MikroORM;
  try {
    orm = await MikroORM.init(ormConfig(settings));
    if (migrate) await applyMigrations(orm, new SqlRunner(orm.em.fork() as EntityManager, settings.onQuery));
  } catch (error) {
    lock?.release();
    throw error;
  }
  let open = true;
  return {
    orm,
    fork: () => orm.em.fork() as EntityManager,
    sql: (em) => new SqlRunner(em ?? (orm.em.fork() as EntityManager), settings.onQuery, () => open),
    close: async () => {
      open = false;
      try {
        await orm.close(true);
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * Applies the pending migrations. Any applied increments the data version (recordMigrations): they may have
 * rewritten stored data, so ETags made before must no longer match. The names applied, in order.
 */
export async function applyMigrations(orm: MikroORM, sql: SqlRunner): Promise<string[]> {
  const applied = await orm.migrator.up();
  if (applied.length > 0) await recordMigrations(sql);
  return applied.map((migration) => migration.name);
}

/** A PGlite folder on disk is locked while this process uses it; PostgreSQL and in-memory PGlite are not. */
function lockFolderOf(settings: DatabaseSettings): PgliteLock | undefined {
  if (settings.databaseUrl || settings.pgliteLoadDataDir) return undefined;
  const folder = pgliteFolderOf(settings.pgliteDir ?? '.data/pglite');
  return folder ? lockPgliteFolder(folder) : undefined;
}

/** True when the database answers and no migration is pending. */
export async function isReady(database: Database): Promise<boolean> {
  try {
    const pending = await database.orm.migrator.getPending();
    return pending.length === 0;
  } catch {
    return false;
  }
}
