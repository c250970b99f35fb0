import { CompiledQuery, type Kysely } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PgliteConnection } from '@mikro-orm/pglite';
import { heldCursor, transactionCursor } from './row-cursor.js';

/**
 * Runs hand-written, set-based SQL with real bind parameters ($1, $2, …) on whichever driver is
 * configured. The ORM's own `execute` interpolates values into the text; this sends them separately.
 * Inside `em.transactional` the statement joins the open transaction.
 */
export class SqlRunner {
  constructor(
    private readonly em: EntityManager,
    private readonly onQuery?: (sql: string) => void,
    /** False once the database is closed: a statement then fails rather than reconnecting (the driver would). */
    private readonly isOpen: () => boolean = () => true,
  ) {}

  async rows<Row>(text: string, params: readonly unknown[] = []): Promise<Row[]> {
    this.onQuery?.(text);
    const result = await this.client().executeQuery<Row>(CompiledQuery.raw(text, [...params]));
    return result.rows;
  }

  /**
   * Streams a large result in batches through an SQL cursor, so memory stays flat whatever the size
   * (PGlite's driver has no streaming of its own). On PostgreSQL the stream holds one pooled connection
   * until it is closed; on PGlite it takes the single connection only while a batch is fetched.
   */
  async *stream<Row>(text: string, params: readonly unknown[] = [], batchSize = 1000): AsyncGenerator<Row> {
    this.onQuery?.(text);
    if (!this.isOpen()) throw new DatabaseClosed();
    const connection = this.em.getConnection();
    const cursor = connection instanceof PgliteConnection ? heldCursor : transactionCursor;
    yield* cursor<Row>(connection.getClient() as Kysely<unknown>, text, params, batchSize);
  }

  /** The entity manager's Kysely client: inside `em.transactional` it is bound to the open transaction. */
  private client(): Kysely<unknown> {
    if (!this.isOpen()) throw new DatabaseClosed();
    return this.em.getKysely() as Kysely<unknown>;
  }
}

/** A statement after the database was closed (work left running at shutdown, e.g. an export's last step). */
export class DatabaseClosed extends Error {
  constructor() {
    super('the database is closed');
    this.name = 'DatabaseClosed';
  }
}
