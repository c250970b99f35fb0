import type { SqlRunner } from '../db/sql.js';

/** Which audit rows to list; every part optional. */
export interface AuditFilter {
  icsCode?: string | null;
  recordType?: string | null;
  actor?: string | null;
  /** Changes at or after this instant (ISO 8601). */
  from?: string | null;
  /** Changes before this instant (ISO 8601). */
  to?: string | null;
}

export interface AuditRow {
  id: string;
  changedAt: Date;
  actor: string;
  actorName: string | null;
  icsCodes: string[];
  recordType: string;
  naturalKey: Record<string, unknown>;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

const COLUMNS = `id::text as id, changed_at as "changedAt", actor, actor_name as "actorName", ics_codes as "icsCodes",
  record_type as "recordType", natural_key as "naturalKey", before, after, reason`;

/** The filter as a `where` over audit_trail with its parameters; `restrictTo` limits rows to those ICSs (an editor). */
function conditions(filter: AuditFilter, restrictTo: readonly string[] | null): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts: string[] = [];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    parts.push(condition(`$${params.length}`));
  };
  if (filter.icsCode) add((p) => `ics_codes @> array[${p}::text]`, filter.icsCode);
  if (restrictTo) add((p) => `ics_codes && ${p}::text[]`, restrictTo);
  if (filter.recordType) add((p) => `record_type = ${p}`, filter.recordType);
  if (filter.actor) add((p) => `actor = ${p}`, filter.actor);
  if (filter.from) add((p) => `changed_at >= ${p}::timestamptz`, filter.from);
  if (filter.to) add((p) => `changed_at < ${p}::timestamptz`, filter.to);
  return { where: parts.length ? `where ${parts.join(' and ')}` : '', params };
}

/** One page, newest first: rows with an id below `beforeId` (the cursor), `limit` of them plus one to tell if more follow. */
export async function auditPage(
  sql: SqlRunner,
  filter: AuditFilter,
  restrictTo: readonly string[] | null,
  beforeId: string | null,
  limit: number,
): Promise<AuditRow[]> {
  const { where, params } = conditions(filter, restrictTo);
  const cursor = beforeId ? `${where ? `${where} and` : 'where'} id < $${params.length + 1}::bigint` : where;
  if (beforeId) params.push(beforeId);
  params.push(limit + 1);
  const rows = await sql.rows<AuditRow>(`select ${COLUMNS} from audit_trail ${cursor} order by audit_trail.id desc limit $${params.length}`, params);
  return rows.map(withDate);
}

/** The drivers give a timestamptz as a Date (pg) or as text (PGlite): always a Date. */
function withDate(row: AuditRow): AuditRow {
  return { ...row, changedAt: new Date(row.changedAt) };
}

export async function auditCount(sql: SqlRunner, filter: AuditFilter, restrictTo: readonly string[] | null): Promise<number> {
  const { where, params } = conditions(filter, restrictTo);
  const [row] = await sql.rows<{ count: number }>(`select count(*)::int as count from audit_trail ${where}`, params);
  return row.count;
}

/** Every matching row, oldest first, streamed (the CSV export). */
export async function* auditRows(sql: SqlRunner, filter: AuditFilter, restrictTo: readonly string[] | null): AsyncGenerator<AuditRow> {
  const { where, params } = conditions(filter, restrictTo);
  for await (const row of sql.stream<AuditRow>(`select ${COLUMNS} from audit_trail ${where} order by audit_trail.id`, params)) yield withDate(row);
}
