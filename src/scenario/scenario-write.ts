import { assertMayChange } from '../auth/policy.js';
import type { SqlRunner } from '../db/sql.js';
import type { EditableRecord } from '../record/editable-record.js';
import { conflict, recordNotFound } from '../record/record-errors.js';
import { fieldName } from '../record/record-fields.js';
import { CURRENT, deleteRecord, ownersOf, saveRecord, storedRecord, type Change, type RecordState } from '../record/record-write.js';
import { notTheScenarioIcs } from './scenario-errors.js';
import { inTransaction, openScenario, replayScenario } from './scenario-replay.js';
import { readChange, upsertChange, type ScenarioRow } from './scenario-store.sql.js';

type Transaction = <T>(work: (sql: SqlRunner) => Promise<T>) => Promise<T>;

// A savepoint holds the replayed scenario and the trial write; rolling back to it leaves the baseline as it was.
const SAVEPOINT = 'scenario_trial';

/**
 * A save given `scenario`: validated and authorised exactly as a save of the baseline (the same writer runs, over
 * the baseline with the scenario's changes replayed, inside a savepoint), `expectedVersion` checked against the
 * record as the scenario sees it; then everything the writer did is rolled back and only the scenario keeps the
 * record's new state (its input and the baseline version it was based on). The record must be of the scenario's ICS.
 */
export function saveInScenario(
  transaction: Transaction,
  scenarioId: string,
  record: EditableRecord,
  raw: Record<string, string>,
  change: Change,
): Promise<RecordState> {
  return transaction(async (sql) => {
    const scenario = await scenarioToChange(sql, scenarioId, change);
    await sql.rows(`savepoint ${SAVEPOINT}`);
    const baseline = await storedRecord(sql, record, raw, 'input');
    const view = await scenarioView(sql, scenario, record, raw, baseline);
    if (change.expectedVersion !== view.version) throw conflict(record.type, change.expectedVersion as number | null, view.current);
    const saved = await saveRecord(inTransaction(sql), record, raw, { ...change, expectedVersion: CURRENT, movesDataVersion: false });
    await assertOfScenarioIcs(sql, scenario, record, saved.values!);
    const changed = saved.version !== view.trialVersion;
    const version = view.version === null ? 1 : changed ? view.version + 1 : view.version;
    await sql.rows(`rollback to savepoint ${SAVEPOINT}`);
    await upsertChange(sql, {
      scenarioId: scenario.id, recordType: record.type, naturalKey: saved.key, input: raw, deleted: false,
      baseVersion: view.baseVersion, scenarioVersion: version, changedBy: change.caller.sub!, reason: change.reason.trim(),
    });
    return { ...saved, version };
  });
}

/** A delete given `scenario`: the same checks as a baseline delete, against the record as the scenario sees it. */
export function deleteInScenario(
  transaction: Transaction,
  scenarioId: string,
  record: EditableRecord,
  raw: Record<string, string>,
  change: Change,
): Promise<RecordState> {
  return transaction(async (sql) => {
    const scenario = await scenarioToChange(sql, scenarioId, change);
    await sql.rows(`savepoint ${SAVEPOINT}`);
    const baseline = await storedRecord(sql, record, raw, 'key');
    const view = await scenarioView(sql, scenario, record, raw, baseline);
    if (view.version === null) throw recordNotFound(record.type, baseline.key);
    if (change.expectedVersion !== view.version) throw conflict(record.type, change.expectedVersion as number | null, view.current);
    await assertOfScenarioIcs(sql, scenario, record, view.current!.values);
    const deleted = await deleteRecord(inTransaction(sql), record, raw, { ...change, expectedVersion: CURRENT, movesDataVersion: false });
    await sql.rows(`rollback to savepoint ${SAVEPOINT}`);
    await upsertChange(sql, {
      scenarioId: scenario.id, recordType: record.type, naturalKey: deleted.key, input: raw, deleted: true,
      baseVersion: view.baseVersion, scenarioVersion: view.version, changedBy: change.caller.sub!, reason: change.reason.trim(),
    });
    return { ...deleted, version: view.version };
  });
}

/** The scenario, locked (its changes are made one at a time), OPEN, and of an ICS the caller may change. */
async function scenarioToChange(sql: SqlRunner, scenarioId: string, change: Change): Promise<ScenarioRow> {
  const scenario = await openScenario(sql, 'scenario', scenarioId, { lock: true });
  assertMayChange(change.caller, [scenario.icsCode], `scenario ${scenario.id}`);
  return scenario;
}

/**
 * The record as the scenario sees it, after replaying the scenario's changes: its scenario version (null when the
 * scenario has none: absent or deleted), its values, the version the trial tables hold now, and the baseline
 * version the scenario's copy is based on.
 */
async function scenarioView(
  sql: SqlRunner,
  scenario: ScenarioRow,
  record: EditableRecord,
  raw: Record<string, string>,
  baseline: Awaited<ReturnType<typeof storedRecord>>,
) {
  const own = await readChange(sql, scenario.id, record.type, baseline.key);
  await replayScenario(sql, scenario);
  const trial = await storedRecord(sql, record, raw, 'key');
  const version = own ? (own.deleted ? null : own.scenarioVersion) : (baseline.state?.version ?? null);
  return {
    version,
    current: version === null || !trial.state ? null : { version, values: trial.state.values },
    trialVersion: trial.state?.version ?? null,
    baseVersion: own ? own.baseVersion : (baseline.state?.version ?? null),
  };
}

async function assertOfScenarioIcs(sql: SqlRunner, scenario: ScenarioRow, record: EditableRecord, values: Record<string, unknown>) {
  const owners = await ownersOf(sql, record, values[fieldName(record.columns[record.owner.tableColumn])]);
  if (!owners.includes(scenario.icsCode)) throw notTheScenarioIcs(scenario, record.type, owners);
}
