import { assertMayChange } from '../auth/policy.js';
import type { Caller } from '../auth/caller.js';
import type { SqlRunner } from '../db/sql.js';
import { badInput } from '../record/record-errors.js';
import { deleteRecord, saveRecord, storedRecord } from '../record/record-write.js';
import { baselineMoved } from './scenario-errors.js';
import { editableRecord, inTransaction, openScenario } from './scenario-replay.js';
import { closeScenario, readChanges, type ScenarioRow } from './scenario-store.sql.js';
import { ScenarioStatus } from './ScenarioStatus.js';

type Transaction = <T>(work: (sql: SqlRunner) => Promise<T>) => Promise<T>;

/**
 * Applies the scenario's changes to the baseline in one transaction, each through the record writer with the
 * baseline version the scenario copied as `expectedVersion`, audited like any save or delete (the reason names
 * the scenario). If any baseline record moved since the scenario copied it, CONFLICT and the transaction rolls
 * back: nothing is promoted. The scenario becomes PROMOTED.
 */
export function promoteScenario(transaction: Transaction, scenarioId: string, caller: Caller, reason: string): Promise<ScenarioRow> {
  return transaction(async (sql) => {
    const scenario = await openScenario(sql, 'scenario', scenarioId, { lock: true });
    assertMayChange(caller, [scenario.icsCode], `scenario ${scenario.id}`);
    if (!reason.trim()) throw badInput('reason', [{ field: 'reason', column: 'reason', message: 'empty; say why the scenario is promoted' }]);
    const change = { caller, reason: `promotion of scenario ${scenario.id} (${scenario.name}): ${reason.trim()}` };
    for (const row of await readChanges(sql, scenario.id)) {
      const record = editableRecord(row.recordType);
      const { state } = await storedRecord(sql, record, row.input, 'key');
      const current = state?.version ?? null;
      if (current !== row.baseVersion) throw baselineMoved(scenario, row.recordType, row.naturalKey, row.baseVersion, current);
      if (!row.deleted) await saveRecord(inTransaction(sql), record, row.input, { ...change, expectedVersion: current });
      // Created and deleted within the scenario: the baseline never had it.
      else if (current !== null) await deleteRecord(inTransaction(sql), record, row.input, { ...change, expectedVersion: current });
    }
    return closeScenario(sql, scenario.id, ScenarioStatus.PROMOTED, caller.sub!);
  });
}

/** Drops an OPEN scenario (its changes stay, for the record); the baseline is untouched. */
export function discardScenario(transaction: Transaction, scenarioId: string, caller: Caller): Promise<ScenarioRow> {
  return transaction(async (sql) => {
    const scenario = await openScenario(sql, 'scenario', scenarioId, { lock: true });
    assertMayChange(caller, [scenario.icsCode], `scenario ${scenario.id}`);
    return closeScenario(sql, scenario.id, ScenarioStatus.DISCARDED, caller.sub!);
  });
}
