import { CompiledQuery, type Kysely } from 'kysely';
import { yieldToEventLoop } from './event-loop.js';

let cursors = 0;

/** A name no other open cursor of this process has: PGlite's one session holds every export's cursor at once. */
const cursorName = () => `row_stream_${(cursors += 1)}`;

// By default the planner optimises a cursor for its first 10% of rows, which turns the gap statement's
// hash joins into nested loops; an export reads every row.
const WHOLE_RESULT = CompiledQuery.raw('set local cursor_tuple_fraction = 1.0');

// A national export computes and sorts every row before its first fetch, which may take longer than the
// per-statement limit meant for queries (STATEMENT_TIMEOUT_MS); exports have their own (EXPORT_TIMEOUT_MS).
const NO_STATEMENT_LIMIT = CompiledQuery.raw('set local statement_timeout = 0');

type Executor = Pick<Kysely<unknown>, 'executeQuery'>;

/** Opens a read-only transaction set to compute a whole result without a statement limit, and declares the cursor. */
async function declareCursor(kysely: Kysely<unknown>, declaration: string, params: readonly unknown[]) {
  const transaction = await kysely.startTransaction().setAccessMode('read only').execute();
  try {
    await transaction.executeQuery(WHOLE_RESULT);
    await transaction.executeQuery(NO_STATEMENT_LIMIT);
    await transaction.executeQuery(CompiledQuery.raw(declaration, [...params]));
    return transaction;
  } catch (error) {
    await transaction.rollback().execute().catch(() => {});
    throw error;
  }
}

/** Fetches the cursor batch by batch until a short batch ends it; `between` runs before each fetch but the first. */
async function* fetchAll<Row>(executor: Executor, name: string, batchSize: number, between?: () => Promise<void>): AsyncGenerator<Row> {
  for (let batch = 0; ; batch += 1) {
    if (batch > 0) await between?.();
    const { rows } = await executor.executeQuery<Row>(CompiledQuery.raw(`fetch ${batchSize} from ${name}`));
    yield* rows;
    if (rows.length < batchSize) return;
  }
}

/**
 * PostgreSQL: rows fetched batch by batch from a cursor inside a read-only transaction on one pooled
 * connection, which the stream holds until it is closed (the transaction is rolled back either way).
 * Nothing is computed ahead of the reader, but the connection is the stream's for as long as it is open.
 */
export async function* transactionCursor<Row>(
  kysely: Kysely<unknown>,
  text: string,
  params: readonly unknown[],
  batchSize: number,
): AsyncGenerator<Row> {
  const name = cursorName();
  const transaction = await declareCursor(kysely, `declare ${name} no scroll cursor for ${text}`, params);
  try {
    yield* fetchAll<Row>(transaction, name, batchSize);
  } finally {
    await transaction.rollback().execute();
  }
}

/**
 * PGlite: its only connection cannot be held by one reader, or every other request waits behind it.
 * The cursor is declared WITH HOLD in a short transaction whose commit computes the whole result into
 * the session (spilling to temporary files beyond work_mem); each batch is then its own statement, so
 * the connection is taken only while a batch is fetched and other requests run in between.
 */
export async function* heldCursor<Row>(
  kysely: Kysely<unknown>,
  text: string,
  params: readonly unknown[],
  batchSize: number,
): AsyncGenerator<Row> {
  const name = cursorName();
  const transaction = await declareCursor(kysely, `declare ${name} no scroll cursor with hold for ${text}`, params);
  await transaction.commit().execute();
  try {
    // PGlite's statements do not return to the event loop by themselves: each batch lets other requests in.
    yield* fetchAll<Row>(kysely, name, batchSize, yieldToEventLoop);
  } finally {
    await kysely.executeQuery(CompiledQuery.raw(`close ${name}`));
  }
}
