import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ormConfig, type DatabaseSettings } from './config.js';
import { SqlRunner } from './sql.js';

export interface Database {
  orm: MikroORM;
  /** A fresh entity manager; every request and every import gets its own. */
  fork(): EntityManager;
  /** Hand-written SQL with bind parameters, in the given entity manager's transaction if it has one. */
  sql(em?: EntityManager): SqlRunner;
  close(): Promise<void>;
}

/** Connects, and brings the schema up to date through the committed migrations. */
export async function openDatabase(settings: DatabaseSettings, { migrate = true } = {}): Promise<Database> {
  const config = ormConfig(settings);
  if (!settings.databaseUrl) await createParentFolder(config.dbName);
  const orm = await MikroORM.init(config);
  if (migrate) await orm.migrator.up();
  return {
    orm,
    fork: () => orm.em.fork() as EntityManager,
    sql: (em) => new SqlRunner(em ?? (orm.em.fork() as EntityManager), settings.onQuery),
    close: () => orm.close(true),
  };
}

/**
 * PGlite creates its data folder but not the folders above it: on a fresh clone `.data/` does not exist
 * yet and opening `.data/pglite` fails with ENOENT. Every entry point (server, import, migrate) opens here.
 */
async function createParentFolder(dataDir: string | undefined): Promise<void> {
  if (!dataDir || dataDir.includes('://') || dataDir.startsWith('memory:')) return;
  await mkdir(dirname(dataDir), { recursive: true });
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
