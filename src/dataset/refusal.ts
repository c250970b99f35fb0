import { randomUUID } from 'node:crypto';
import type { SqlRunner as Sql } from '../db/sql.js';
import { quoted } from './excerpt.js';
import type { KnownCodes } from './known.js';
import { SHARE_SUM_CONSTRAINT, shareSumRefusal } from './placeShares.js';
import type { ColumnProblem } from './spec.js';
import type { TableSource } from './writers.js';

/** The fields of a PostgreSQL error (both drivers) a refusal is told from; `message` and `detail` go to the log only. */
export interface DatabaseRefusal {
  code: string;
  message: string;
  constraint?: string;
  table?: string;
  column?: string;
  detail?: string;
}

/** What the server-side log gets for a refusal; the dataset issue carries only the reference. */
export interface RefusalRecord {
  reference: string;
  file: string;
  line?: number;
  sqlState: string;
  constraint?: string;
  table?: string;
  message: string;
  detail?: string;
}

export type RefusalLog = (record: RefusalRecord) => void;

/** One JSON line on stderr, where the server's and the import command's logs go. */
export const logRefusalToStderr: RefusalLog = (record) =>
  console.error(JSON.stringify({ level: 'error', msg: 'the database refused a dataset import', ...record }));

/**
 * SQLSTATE class 22 (data exception) or 23 (integrity constraint violation): the database refused the data.
 * Anything else (a lost connection, a bug) is not the dataset's fault and is rethrown by the importer.
 */
export function isRefusal(error: unknown): error is DatabaseRefusal {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code);
}

/** Where a refused row came from, and how to read its table columns back as CSV columns and values. */
export interface RefusedRow {
  file: string;
  line?: number;
  row?: Record<string, unknown>;
  sources: readonly TableSource[];
}

const REFUSED = 'the database refused this row:';

/**
 * An issue for a refusal, in the file's columns and values, from the SQLSTATE and the constraint's
 * definition in the catalogue; never from the driver's text. A refusal it cannot place (another SQLSTATE,
 * a column the file does not fill) becomes "the database refused the import (reference …)", the details
 * going to `log` under that reference. `sql` must be usable (the refused statement rolled back).
 */
export async function describeRefusal(
  error: DatabaseRefusal,
  at: RefusedRow,
  context: RefusalContext,
): Promise<ColumnProblem> {
  if (error.constraint === SHARE_SUM_CONSTRAINT) {
    const shares = shareSumRefusal(error, context.known);
    if (shares) return shares;
  }
  const placed = at.row && context.sql ? await placeRefusal(error, at.row, at.sources, context) : undefined;
  return placed ?? unplaced(error, at, context.log);
}

/** What describing a refusal needs from the import: `sql` only while its transaction is usable. */
export interface RefusalContext {
  sql?: Sql;
  known?: KnownCodes;
  log: RefusalLog;
  /** The dataset file that fills a table, to name where a missing reference should have come from. */
  fileOfTable: (table: string) => string | undefined;
}

async function placeRefusal(
  error: DatabaseRefusal,
  row: Record<string, unknown>,
  sources: readonly TableSource[],
  { sql, fileOfTable }: RefusalContext,
): Promise<ColumnProblem | undefined> {
  const source = sources.find((candidate) => candidate.table === error.table);
  if (!source) return undefined;
  if (error.code === '23502' && error.column && source.columns[error.column]) {
    return { column: source.columns[error.column], message: `${REFUSED} empty; a value is required` };
  }
  if (!error.constraint || !['23505', '23503', '23514'].includes(error.code)) return undefined;
  const definition = await constraintDefinition(sql!, error.constraint, source.table);
  const columns = definition?.columns.map((column) => source.columns[column]);
  if (!definition || !columns?.length || columns.some((column) => column === undefined)) return undefined;
  const values = columns.map((column) => shown(row[column]));
  const column = columns.join(', ');
  switch (error.code) {
    case '23505': {
      const are = values.length > 1 ? 'are' : 'is';
      return {
        column,
        message: `${REFUSED} ${values.join(', ')} ${are} already stored for another row; ${column} must be unique`,
      };
    }
    case '23503': {
      const file = definition.referenced ? fileOfTable(definition.referenced) : undefined;
      const where = file ? `in ${file} nor stored` : `a stored code of ${definition.referenced}`;
      return { column, message: `${REFUSED} ${values.join(', ')} is not ${where}` };
    }
    default:
      return { column, message: `${REFUSED} ${values.join(', ')} breaks the database's rule ${error.constraint}` };
  }
}

function unplaced(error: DatabaseRefusal, at: RefusedRow, log: RefusalLog): ColumnProblem {
  const reference = randomUUID().slice(0, 8);
  const { code: sqlState, constraint, table, message, detail } = error;
  log({ reference, file: at.file, line: at.line, sqlState, constraint, table, message, detail });
  return { column: '', message: `the database refused the import (reference ${reference})` };
}

/** A value as the file had it: lists `;`-separated, none as (empty). */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  return quoted(Array.isArray(value) ? value.join(';') : String(value));
}

interface ConstraintDefinition {
  columns: string[];
  /** The table a foreign key refers to. */
  referenced: string | null;
}

/**
 * The table columns of a constraint (unique, foreign key, check) or of a unique index (which a unique
 * violation names as its constraint), in order, from the catalogue.
 */
async function constraintDefinition(sql: Sql, name: string, table: string): Promise<ConstraintDefinition | undefined> {
  const [definition] = await sql.rows<ConstraintDefinition>(
    `select array(select a.attname::text from unnest(c.conkey) with ordinality as k(attnum, n)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.n) as columns,
            case when c.contype = 'f' then c.confrelid::regclass::text end as referenced
       from pg_constraint c where c.conname = $1 and c.conrelid = to_regclass($2)
     union all
     select array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality as k(attnum, n)
              join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.n),
            null
       from pg_index i join pg_class ic on ic.oid = i.indexrelid
      where ic.relname = $1 and i.indrelid = to_regclass($2) and i.indisunique
     limit 1`,
    [name, table],
  );
  return definition;
}
