import { PgliteConnection } from '@mikro-orm/pglite';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { POSTGRES_POOL_SIZE } from './config.js';
import type { Database } from './database.js';

export type Driver = 'postgresql' | 'pglite';

/**
 * What the server's database connections are doing. PostgreSQL: the pool's own counts (an export
 * holds one connection while it streams). PGlite: one connection, never held between statements; what
 * an export keeps open there is its cursor (WITH HOLD, see row-cursor.ts), counted from `pg_cursors`.
 */
export type PoolUse =
  | { driver: 'postgresql'; size: number; inUse: number; waiting: number }
  | { driver: 'pglite'; size: 1; heldCursors: number };

export function driverOf(database: Database): Driver {
  return database.orm.em.getConnection() instanceof PgliteConnection ? 'pglite' : 'postgresql';
}

/** How many connections the database has: the PostgreSQL pool's size, or PGlite's single one. */
export function poolSize(driver: Driver): number {
  return driver === 'pglite' ? 1 : POSTGRES_POOL_SIZE;
}

export async function poolUse(database: Database): Promise<PoolUse> {
  const connection = database.orm.em.getConnection();
  if (connection instanceof PostgreSqlConnection) {
    const pool = await connection.getNativeClient();
    return { driver: 'postgresql', size: POSTGRES_POOL_SIZE, inUse: pool.totalCount - pool.idleCount, waiting: pool.waitingCount };
  }
  const [{ count }] = await database.sql().rows<{ count: number }>('select count(*)::int as count from pg_cursors where is_holdable');
  return { driver: 'pglite', size: 1, heldCursors: count };
}
