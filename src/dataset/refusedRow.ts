import type { SqlRunner as Sql } from '../db/sql.js';
import { isRefusal, type DatabaseRefusal } from './refusal.js';

const SAVEPOINT = 'dataset_batch';

/**
 * Runs a write in a savepoint: kept when `keep` and it succeeds, otherwise rolled back. A refusal by the
 * database is returned, not thrown, and leaves the import's transaction usable (for more checks, or to
 * find the refused row); any other error is thrown.
 */
export async function inSavepoint<T>(
  sql: Sql,
  write: () => Promise<T>,
  { keep }: { keep: boolean },
): Promise<{ value: T } | { refusal: DatabaseRefusal }> {
  await sql.rows(`savepoint ${SAVEPOINT}`);
  let value: T;
  try {
    value = await write();
  } catch (error) {
    if (!isRefusal(error)) throw error;
    await sql.rows(`rollback to savepoint ${SAVEPOINT}`);
    return { refusal: error };
  }
  await sql.rows(keep ? `release savepoint ${SAVEPOINT}` : `rollback to savepoint ${SAVEPOINT}`);
  return { value };
}

/**
 * The row of a refused batch the database refuses, and its refusal: the shortest refused prefix of the
 * batch ends with it (earlier rows may take part, e.g. a second row repeating a unique code). Found by
 * halving, each attempt rolled back, so ten writes place a refusal in a batch of a thousand rows.
 */
export async function firstRefusedRow<R>(
  sql: Sql,
  rows: readonly R[],
  write: (rows: R[]) => Promise<unknown>,
  batchRefusal: DatabaseRefusal,
): Promise<{ index: number; refusal: DatabaseRefusal }> {
  // Invariant: the prefix ending at `high` is refused, with `refusal`; every prefix ending before `low` is not.
  let [low, high, refusal] = [0, rows.length - 1, batchRefusal];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const attempt = await inSavepoint(sql, () => write(rows.slice(0, middle + 1)), { keep: false });
    if ('refusal' in attempt) [high, refusal] = [middle, attempt.refusal];
    else low = middle + 1;
  }
  return { index: high, refusal };
}
