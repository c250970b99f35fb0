import { GraphQLError } from 'graphql';
import type { Caller } from '../auth/caller.js';
import { Role } from '../auth/role.js';
import type { SqlRunner } from '../db/sql.js';
import { markFindingsStale } from '../gap/maintained/maintain-findings.js';
import type { EditableRecord } from '../record/editable-record.js';
import { editableRecords } from '../record/editable-records.js';
import { CURRENT, deleteRecord, saveRecord } from '../record/record-write.js';
import { scenarioClosed, scenarioNotFound } from './scenario-errors.js';
import { readChanges, readScenario, type ScenarioChangeRow, type ScenarioRow } from './scenario-store.sql.js';
import { ScenarioStatus } from './ScenarioStatus.js';

/** Runs `work` in the open transaction (the record writer's `transaction` argument, when already inside one). */
export const inTransaction = (sql: SqlRunner) => <T>(work: (sql: SqlRunner) => Promise<T>) => work(sql);

export function editableRecord(type: string): EditableRecord {
  const record = editableRecords.find((candidate) => candidate.type === type);
  if (!record) throw new Error(`no editable record type ${type}`);
  return record;
}

/** The scenario named by an argument: NOT_FOUND naming it when no scenario has the id; OPEN only when `open`. */
export async function openScenario(
  sql: SqlRunner,
  argument: string,
  id: string,
  { lock = false, open = true }: { lock?: boolean; open?: boolean } = {},
): Promise<ScenarioRow> {
  const scenario = /^[1-9][0-9]{0,8}$/.test(id) ? await readScenario(sql, Number(id), { lock }) : undefined;
  if (!scenario) throw scenarioNotFound(argument, id);
  if (open && scenario.status !== ScenarioStatus.OPEN) throw scenarioClosed(argument, scenario);
  return scenario;
}

/**
 * Applies the scenario's changes over the baseline in the open transaction, through the record writer (the same
 * parsers, checks and writer as any save), the scenario's state winning over the baseline's. The caller rolls the
 * transaction (or a savepoint) back afterwards: baseline rows, their audit rows and the data version come back
 * with it. The changes were authorised when they were made; the replay acts as the scenario itself.
 */
export async function replayScenario(sql: SqlRunner, scenario: ScenarioRow): Promise<ScenarioChangeRow[]> {
  const changes = await readChanges(sql, scenario.id);
  const caller: Caller = { sub: `scenario:${scenario.id}`, name: scenario.name, roles: [Role.ADMIN], ics: [] };
  const change = { caller, reason: `scenario ${scenario.id} (not stored)`, expectedVersion: CURRENT, movesDataVersion: false };
  for (const row of changes) {
    const record = editableRecord(row.recordType);
    try {
      if (!row.deleted) await saveRecord(inTransaction(sql), record, row.input, change);
      else await deleteRecord(inTransaction(sql), record, row.input, change).catch(absentIsDeleted);
    } catch (error) {
      throw noLongerApplies(scenario, row, error);
    }
  }
  if (changes.length) await markFindingsStale(sql);
  return changes;
}

// A record the scenario deletes that the baseline no longer holds: deleted either way.
function absentIsDeleted(error: unknown): void {
  if (!(error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND')) throw error;
}

function noLongerApplies(scenario: ScenarioRow, row: ScenarioChangeRow, error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  return new GraphQLError(
    `scenario ${scenario.id}'s change of ${row.recordType} ${JSON.stringify(row.naturalKey)} no longer applies to the baseline: ${error.message}`,
    { extensions: { ...error.extensions, argument: 'scenario' } },
  );
}
