import { actAs } from '../audit/audit-actor.js';
import { assertMayChange, type RecordOwners } from '../auth/policy.js';
import type { Caller } from '../auth/caller.js';
import { recordEdit } from '../coverage/data-version.js';
import { changeMark, maintainFindings, type ChangeMark } from '../gap/maintained/maintain-findings.js';
import { InvalidValue } from '../dataset/fields.js';
import { KnownCodes } from '../dataset/known.js';
import { isRefusal } from '../dataset/refusal.js';
import type { ColumnProblem, RowOf, FileSpec } from '../dataset/spec.js';
import type { SqlRunner } from '../db/sql.js';
import type { EditableRecord } from './editable-record.js';
import { fieldName } from './record-fields.js';
import { badInput, conflict, recordNotFound, type FieldProblem } from './record-errors.js';

type Row = RowOf<FileSpec['columns']>;

/** A record as stored after a change: its version and values (named as the input's fields). */
export interface RecordState {
  recordType: string;
  key: Record<string, unknown>;
  version: number;
  /** Null once deleted. */
  values: Record<string, unknown> | null;
}

export interface Change {
  caller: Caller;
  reason: string;
  /**
   * The version the caller read; null when it creates a record. `CURRENT`: whatever is stored (a scenario's
   * changes replayed over the baseline, where the scenario's state wins; the scenario checked its own version).
   */
  expectedVersion: number | null | typeof CURRENT;
  /**
   * False for a change that will be rolled back (a scenario replayed to compute figures): the data version is then
   * left alone, so its row is not locked and concurrent scenario queries and edits do not queue behind each other.
   */
  movesDataVersion?: boolean;
}

/** `expectedVersion` of a change applied over whatever version is stored. */
export const CURRENT = 'current' as const;

type Transaction = <T>(work: (sql: SqlRunner) => Promise<T>) => Promise<T>;

/**
 * Creates or replaces one record, in one transaction: the input is read as a row of the record's dataset file
 * (the file's parsers, defaults and checks), the caller must be allowed to change the record both as it is and
 * as it will be, the stored version must be the one the caller read (the row is locked, so of two concurrent
 * edits one wins and the other gets CONFLICT), then the file's own writer writes it. The audit triggers record
 * the change and the data version moves, in the same transaction.
 */
export function saveRecord(transaction: Transaction, record: EditableRecord, raw: Record<string, string>, change: Change) {
  return transaction(async (sql): Promise<RecordState> => {
    await begin(sql, change);
    const known = await (await KnownCodes.load(sql)).loadStoredDefinitions(sql);
    const row = readRow(record, raw, known, 'input');
    const key = keyOf(record, row);
    const ownerColumn = record.columns[record.owner.tableColumn];
    assertMayChange(change.caller, await ownersOf(sql, record, (row as Record<string, unknown>)[ownerColumn]), `this ${record.type}`);
    const stored = await readStored(sql, record, key, { lock: true });
    if (stored) {
      assertMayChange(change.caller, await ownersOf(sql, record, stored.values[record.owner.tableColumn]), `this ${record.type}`);
      if (change.expectedVersion !== CURRENT && change.expectedVersion !== stored.version) {
        throw conflict(record.type, change.expectedVersion, stateOf(record, stored));
      }
    } else if (change.expectedVersion !== null && change.expectedVersion !== CURRENT) throw conflict(record.type, change.expectedVersion, null);
    const mark = await changeMark(sql);
    const counts = await write(record, row, sql, known);
    const changed = counts.some((count) => count.inserted + count.updated + count.deleted > 0);
    if (stored && changed) {
      // The writer's upsert bumped the version if the record's own row changed; a change of its memberships only
      // (a service's cohorts) bumps it here. The trigger does the counting either way.
      await sql.rows(`update "${record.table}" set version = version where id = $1 and version = $2`, [stored.id, stored.version]);
    }
    const after = (await readStored(sql, record, key, { lock: false }))!;
    // Created by another transaction between our look and our write: ours became an update of theirs.
    if (!stored && after.version !== 1 && change.expectedVersion !== CURRENT) throw conflict(record.type, null, stateOf(record, after));
    if (changed) await edited(sql, mark, change);
    return { recordType: record.type, key: keyFields(record, row), version: after.version, values: stateOf(record, after).values };
  });
}

/** Deletes one record by its natural key, with the same checks as a save; NOT_FOUND when no record has the key. */
export function deleteRecord(transaction: Transaction, record: EditableRecord, raw: Record<string, string>, change: Change) {
  return transaction(async (sql): Promise<RecordState> => {
    await begin(sql, change);
    const known = await KnownCodes.load(sql);
    const row = readKey(record, raw, known);
    const key = keyOf(record, row);
    const stored = await readStored(sql, record, key, { lock: true });
    if (!stored) throw recordNotFound(record.type, keyFields(record, row));
    assertMayChange(change.caller, await ownersOf(sql, record, stored.values[record.owner.tableColumn]), `this ${record.type}`);
    if (change.expectedVersion !== CURRENT && change.expectedVersion !== stored.version) {
      throw conflict(record.type, change.expectedVersion, stateOf(record, stored));
    }
    const mark = await changeMark(sql);
    await sql.rows(`delete from "${record.table}" where id = $1`, [stored.id]);
    await edited(sql, mark, change);
    return { recordType: record.type, key: keyFields(record, row), version: stored.version, values: null };
  });
}

/**
 * The record with the natural key in `raw` as stored now (in the caller's transaction), or null: its key by input
 * field name, version and values, and the ICSs it belongs to. Key fields the file's rules refuse are BAD_USER_INPUT
 * naming `argument`.
 */
export async function storedRecord(sql: SqlRunner, record: EditableRecord, raw: Record<string, string>, argument: 'input' | 'key') {
  const row = readKey(record, raw, await KnownCodes.load(sql), argument);
  const key = keyFields(record, row);
  const stored = await readStored(sql, record, keyOf(record, row), { lock: false });
  if (!stored) return { key, state: null };
  const owners = await ownersOf(sql, record, stored.values[record.owner.tableColumn]);
  return { key, state: stateOf(record, stored), owners };
}

/**
 * After an edit: the data version moves and the findings it touched are re-derived, in the edit's transaction.
 * The audit trail names the record's ICSs, also when only its memberships changed (the version bump is audited).
 */
async function edited(sql: SqlRunner, mark: ChangeMark, { movesDataVersion }: Pick<Change, 'movesDataVersion'>): Promise<void> {
  // A scenario's replay is rolled back: it leaves both alone, and marks the findings stale once replayed.
  if (movesDataVersion === false) return;
  await recordEdit(sql);
  await maintainFindings(sql, { mark, everywhere: false });
}

async function begin(sql: SqlRunner, { caller, reason }: Change): Promise<void> {
  if (!reason.trim()) throw badInput('reason', [{ field: 'reason', column: 'reason', message: 'empty; say why the record changes' }]);
  await actAs(sql, { actor: caller.sub!, name: caller.name, reason: reason.trim() });
}

/** Reads the input as one row of the dataset file, with every problem the importer would report for it. */
function readRow(record: EditableRecord, raw: Record<string, string>, known: KnownCodes, argument: 'input'): Row {
  const { file } = record;
  const { row, problems } = parse(file, Object.keys(file.columns), raw, known);
  if (!problems.length) file.complete?.(row);
  if (!problems.length) file.remember?.(row, known);
  if (!problems.length && file.check) problems.push(...file.check(row, known, 0));
  if (problems.length) throw badInput(argument, problems.map((problem) => asFieldProblem(problem)));
  return row;
}

/** Reads only the natural key's fields (a delete, or a look-up), with their parsers; problems name `argument`. */
function readKey(record: EditableRecord, raw: Record<string, string>, known: KnownCodes, argument: 'input' | 'key' = 'key'): Row {
  const { row, problems } = parse(record.file, record.key.map((part) => part.column), raw, known);
  if (problems.length) throw badInput(argument, problems.map((problem) => asFieldProblem(problem)));
  // Fills a key part left blank as the importer would (a finance line's expenditure type from its source).
  record.file.complete?.(row);
  return row;
}

function parse(file: FileSpec, columns: string[], raw: Record<string, string>, known: KnownCodes) {
  const row: Record<string, unknown> = {};
  const problems: ColumnProblem[] = [];
  for (const column of columns) {
    try {
      row[column] = file.columns[column](raw[column] ?? '', known);
    } catch (error) {
      if (!(error instanceof InvalidValue)) throw error;
      problems.push({ column, message: error.message });
    }
  }
  return { row: row as Row, problems };
}

function asFieldProblem({ column, message }: ColumnProblem): FieldProblem {
  return { field: fieldName(column), column, message };
}

async function write(record: EditableRecord, row: Row, sql: SqlRunner, known: KnownCodes) {
  try {
    return await record.file.write([row], sql, known);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const constraint = error.constraint ?? 'a constraint';
    throw badInput('input', [{ field: '', column: '', message: `the database refuses the record (${constraint})` }]);
  }
}

/** The natural key as table column values, in the key's order. */
function keyOf(record: EditableRecord, row: Row): unknown[] {
  return record.key.map((part) => (row as Record<string, unknown>)[part.column] ?? null);
}

function keyFields(record: EditableRecord, row: Row): Record<string, unknown> {
  return Object.fromEntries(record.key.map((part) => [fieldName(part.column), (row as Record<string, unknown>)[part.column] ?? null]));
}

interface Stored {
  id: number;
  version: number;
  /** Table column → value. */
  values: Record<string, unknown>;
}

/** The stored record with this key, locked until the transaction ends when `lock` (the version check's guard). */
async function readStored(sql: SqlRunner, record: EditableRecord, key: unknown[], { lock }: { lock: boolean }) {
  const params: unknown[] = [];
  const conditions = record.key.map((part, index) => {
    if (key[index] === null) return `"${part.tableColumn}" is null`;
    params.push(key[index]);
    return `"${part.tableColumn}" = $${params.length}`;
  });
  const [found] = await sql.rows<{ id: number; version: number; values: Record<string, unknown> }>(
    `select id, version, to_jsonb(t) - 'id' - 'version' as values from "${record.table}" t
     where ${conditions.join(' and ')}${lock ? ' for update' : ''}`,
    params,
  );
  return found as Stored | undefined;
}

/** Whose the record is: its ICS, or (a local authority's record) every ICS holding a place of the authority. */
export async function ownersOf(sql: SqlRunner, record: EditableRecord, code: unknown): Promise<RecordOwners> {
  if (code === null || code === undefined) return [];
  if (record.owner.by === 'ics') return [String(code)];
  const rows = await sql.rows<{ ics_code: string }>('select distinct ics_code from places where la_code = $1 order by ics_code', [code]);
  return rows.map((row) => row.ics_code);
}

/** A stored record named as the input's fields (values of columns the file does not write are left out). */
function stateOf(record: EditableRecord, stored: Stored): { version: number; values: Record<string, unknown> } {
  const values: Record<string, unknown> = {};
  for (const [tableColumn, column] of Object.entries(record.columns)) values[fieldName(column)] = stored.values[tableColumn] ?? null;
  return { version: stored.version, values };
}
