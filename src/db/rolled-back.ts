import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database } from './database.js';
import type { SqlRunner } from './sql.js';

// Thrown to end the transaction with a rollback once its work has answered.
const ROLLBACK = Symbol('rollback');

/**
 * Runs `work` in one transaction that is always rolled back, and returns its answer: for figures computed over
 * changes that must not be kept (a scenario replayed over the baseline).
 */
export async function rolledBack<T>(database: Database, work: (sql: SqlRunner) => Promise<T>): Promise<T> {
  let answer: T;
  try {
    await database.fork().transactional(async (em) => {
      answer = await work(database.sql(em as EntityManager));
      throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return answer!;
}
