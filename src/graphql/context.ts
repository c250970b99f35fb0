import type { EntityManager } from '@mikro-orm/postgresql';
import { ANONYMOUS, type Caller } from '../auth/caller.js';
import { dateOfReading } from '../config.js';
import type { Database } from '../db/database.js';
import { rolledBack } from '../db/rolled-back.js';
import type { SqlRunner } from '../db/sql.js';
import { RequestLoaders } from './loaders.js';

/** Everything a resolver may use while answering one request. */
export interface RequestContext {
  em: EntityManager;
  sql: SqlRunner;
  loaders: RequestLoaders;
  /** Who is calling (src/auth): anonymous unless a verified bearer token names someone. */
  caller: Caller;
  /** The date the request reads the figures on (YYYY-MM-DD): AS_OF_DATE, or today. */
  asOfDate: string;
  /** Runs `work` in one database transaction of its own (a write), committed when it returns. */
  transaction<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction that is always rolled back (a scenario applied only to compute figures). */
  trial<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
}


/** `asOfDate`: the configured AS_OF_DATE (null: today's date, taken now). */
export function createRequestContext(
  database: Database,
  caller: Caller = ANONYMOUS,
  asOfDate: string | null = null,
): RequestContext {
  const em = database.fork();
  const sql = database.sql(em);
  return {
    em,
    sql,
    loaders: new RequestLoaders(sql),
    caller,
    asOfDate: dateOfReading(asOfDate),
    transaction: (work) => database.fork().transactional((transactionEm) => work(database.sql(transactionEm as EntityManager))),
    trial: (work) => rolledBack(database, work),
  };
}
