import { CompiledQuery, type Kysely } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs hand-written, set-based SQL with real bind parameters ($1, $2, …) on whichever driver is
 * configured. The ORM's own `execute` interpolates values into the text; this sends them separately.
 * Inside `em.transactional` the statement joins the open transaction.
 */
export class SqlRunner {
  constructor(
    private readonly em: EntityManager,
    private readonly onQuery?: (sql: string) => void,
  ) {}

  async rows<Row>(text: string, params: readonly unknown[] = []): Promise<Row[]> {
    this.onQuery?.(text);
    const result = await this.client().executeQuery<Row>(CompiledQuery.raw(text, [...params]));
    return result.rows;
  }

  /**
   * Streams a large result in chunks through an SQL cursor, so memory stays flat whatever the size.
   * SQL-level cursors work the same on PostgreSQL and PGlite (whose driver has no streaming).
   */
  async *stream<Row>(text: string, params: readonly unknown[] = [], chunkSize = 1000): AsyncGenerator<Row> {
    this.onQuery?.(text);
    const transaction = await this.em.getConnection().getClient().startTransaction().setAccessMode('read only').execute();
    try {
      // By default the planner optimises a cursor for its first 10% of rows, which turns the gap
      // statement's hash joins into nested loops; an export reads every row.
      await transaction.executeQuery(CompiledQuery.raw('set local cursor_tuple_fraction = 1.0'));
      // A national export's first fetch computes and sorts every row, which may take longer than the
      // per-statement limit meant for queries allows; exports have their own (EXPORT_TIMEOUT_MS).
      await transaction.executeQuery(CompiledQuery.raw('set local statement_timeout = 0'));
      await transaction.executeQuery(CompiledQuery.raw(`declare row_stream no scroll cursor for ${text}`, [...params]));
      for (;;) {
        const { rows } = await transaction.executeQuery<Row>(CompiledQuery.raw(`fetch ${chunkSize} from row_stream`));
        yield* rows;
        if (rows.length < chunkSize) break;
      }
    } finally {
      await transaction.rollback().execute();
    }
  }

  /** The entity manager's Kysely client: inside `em.transactional` it is bound to the open transaction. */
  private client(): Kysely<unknown> {
    return this.em.getKysely() as Kysely<unknown>;
  }
}
