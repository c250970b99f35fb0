import type { EntityManager } from '@mikro-orm/postgresql';
import { dateOfReading } from '../config.js';
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
  /** The date the request reads the figures on (YYYY-MM-DD): AS_OF_DATE, or today. */
  asOfDate: string;
}

/** `asOfDate`: the configured AS_OF_DATE (null: today's date, taken now). */
export function createRequestContext(database: Database, role: Role = 'READER', asOfDate: string | null = null): RequestContext {
  const em = database.fork();
  const sql = database.sql(em);
  return { em, sql, loaders: new RequestLoaders(sql), role, asOfDate: dateOfReading(asOfDate) };
}
