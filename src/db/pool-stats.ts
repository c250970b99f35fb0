import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import type { PoolStats } from '../observability/metrics.js';
import type { Database } from './database.js';

/**
 * Reads the connection pool behind a database. On PostgreSQL that is the `pg` pool MikroORM opened
 * (connections in use, idle, and requests waiting for one). PGlite runs in-process behind a single
 * connection that queues statements internally, so only its size (1) means anything.
 */
export async function poolStatsOf(database: Database): Promise<() => PoolStats> {
  const connection = database.orm.em.getConnection();
  if (!(connection instanceof PostgreSqlConnection)) return () => ({ max: 1 });
  const pool = await connection.getNativeClient();
  return () => ({
    max: pool.options.max ?? 10,
    inUse: pool.totalCount - pool.idleCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  });
}
