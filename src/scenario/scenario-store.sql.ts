import type { SqlRunner } from '../db/sql.js';
import type { ScenarioStatus } from './ScenarioStatus.js';

/** A scenario as stored (table `scenarios`, migration 20261129160000). */
export interface ScenarioRow {
  id: number;
  icsCode: string;
  name: string;
  description: string | null;
  createdBy: string;
  createdByName: string | null;
  createdAt: Date;
  status: ScenarioStatus;
  closedBy: string | null;
  closedAt: Date | null;
}

/** One record a scenario changes: its input (or a deletion), the baseline version it was based on, and its own. */
export interface ScenarioChangeRow {
  id: number;
  scenarioId: number;
  recordType: string;
  naturalKey: Record<string, unknown>;
  /** The fields the save (or, for a deletion, the key) was given, as the writer reads them. */
  input: Record<string, string>;
  deleted: boolean;
  baseVersion: number | null;
  scenarioVersion: number;
  changedBy: string;
  changedAt: Date;
  reason: string;
}

const SCENARIO_COLUMNS = `id, ics_code as "icsCode", name, description, created_by as "createdBy", created_by_name as "createdByName",
  created_at as "createdAt", status, closed_by as "closedBy", closed_at as "closedAt"`;

const CHANGE_COLUMNS = `id, scenario_id as "scenarioId", record_type as "recordType", natural_key as "naturalKey", input, deleted,
  base_version as "baseVersion", scenario_version as "scenarioVersion", changed_by as "changedBy", changed_at as "changedAt", reason`;

export async function insertScenario(
  sql: SqlRunner,
  scenario: { icsCode: string; name: string; description: string | null; createdBy: string; createdByName: string | null },
): Promise<ScenarioRow> {
  const [row] = await sql.rows<ScenarioRow>(
    `insert into scenarios (ics_code, name, description, created_by, created_by_name) values ($1, $2, $3, $4, $5)
     returning ${SCENARIO_COLUMNS}`,
    [scenario.icsCode, scenario.name, scenario.description, scenario.createdBy, scenario.createdByName],
  );
  return row;
}

/** The scenario, locked until the transaction ends when `lock` (its changes are then written one at a time). */
export async function readScenario(sql: SqlRunner, id: number, { lock = false } = {}): Promise<ScenarioRow | undefined> {
  const [row] = await sql.rows<ScenarioRow>(`select ${SCENARIO_COLUMNS} from scenarios where id = $1${lock ? ' for update' : ''}`, [id]);
  return row;
}

export function listScenarios(sql: SqlRunner, icsCode: string): Promise<ScenarioRow[]> {
  return sql.rows<ScenarioRow>(`select ${SCENARIO_COLUMNS} from scenarios where ics_code = $1 order by id`, [icsCode]);
}

/** A scenario's changes in the order they were first made (the order they are replayed). */
export function readChanges(sql: SqlRunner, scenarioId: number): Promise<ScenarioChangeRow[]> {
  return sql.rows<ScenarioChangeRow>(`select ${CHANGE_COLUMNS} from scenario_changes where scenario_id = $1 order by id`, [scenarioId]);
}

export async function readChange(sql: SqlRunner, scenarioId: number, recordType: string, naturalKey: Record<string, unknown>) {
  const [row] = await sql.rows<ScenarioChangeRow>(
    `select ${CHANGE_COLUMNS} from scenario_changes where scenario_id = $1 and record_type = $2 and natural_key = $3::jsonb`,
    [scenarioId, recordType, JSON.stringify(naturalKey)],
  );
  return row;
}

/** Records the record's state in the scenario; a later change of the same record replaces it (its base version stays). */
export async function upsertChange(
  sql: SqlRunner,
  change: Omit<ScenarioChangeRow, 'id' | 'changedAt'>,
): Promise<void> {
  await sql.rows(
    `insert into scenario_changes (scenario_id, record_type, natural_key, input, deleted, base_version, scenario_version, changed_by, reason)
     values ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8, $9)
     on conflict (scenario_id, record_type, natural_key) do update set input = excluded.input, deleted = excluded.deleted,
       scenario_version = excluded.scenario_version, changed_by = excluded.changed_by, changed_at = clock_timestamp(),
       reason = excluded.reason`,
    [
      change.scenarioId, change.recordType, JSON.stringify(change.naturalKey), JSON.stringify(change.input), change.deleted,
      change.baseVersion, change.scenarioVersion, change.changedBy, change.reason,
    ],
  );
}

export async function closeScenario(sql: SqlRunner, id: number, status: ScenarioStatus, closedBy: string): Promise<ScenarioRow> {
  const [row] = await sql.rows<ScenarioRow>(
    `update scenarios set status = $2, closed_by = $3, closed_at = clock_timestamp() where id = $1 returning ${SCENARIO_COLUMNS}`,
    [id, status, closedBy],
  );
  return row;
}

export async function icsExists(sql: SqlRunner, icsCode: string): Promise<boolean> {
  const rows = await sql.rows('select 1 from integrated_care_systems where ods_code = $1', [icsCode]);
  return rows.length > 0;
}

/**
 * Changes whenever any scenario does (a change, a creation, a promotion or discard): cached answers computed with a
 * scenario carry it in their ETag beside the data version, which scenario changes leave alone.
 */
export async function scenarioStamp(sql: SqlRunner): Promise<string> {
  const [row] = await sql.rows<{ stamp: string }>(
    `select concat_ws('/', (select count(*) from scenario_changes), (select max(changed_at) from scenario_changes),
       (select count(*) from scenarios), (select max(coalesce(closed_at, created_at)) from scenarios)) as stamp`,
  );
  return row.stamp;
}
