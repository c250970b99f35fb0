import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database } from '../db/database.js';
import type { SqlRunner } from '../db/sql.js';
import { RequestLoaders } from './loaders.js';

/** Roles a caller may hold; writes need `EDITOR`. */
export type Role = 'READER' | 'EDITOR';

/** Everything a resolver may use while answering one request. */
export interface RequestContext {
  em: EntityManager;
  sql: SqlRunner;
  loaders: RequestLoaders;
  role: Role;
}

export function createRequestContext(database: Database, role: Role = 'READER'): RequestContext {
  const em = database.fork();
  const sql = database.sql(em);
  return { em, sql, loaders: new RequestLoaders(sql), role };
}
