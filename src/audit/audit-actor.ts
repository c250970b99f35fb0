import type { SqlRunner } from '../db/sql.js';

/** Who makes the changes of a transaction and why, as the audit trail records them. */
export interface AuditActor {
  /** The caller's subject (`sub` claim), or `import` for a dataset import. */
  actor: string;
  /** The caller's display name, when the token gives one. */
  name?: string | null;
  reason?: string | null;
}

/**
 * Names the actor of the open transaction for the audit triggers (migration 20261129115000): settings local to
 * the transaction, so they end with it and never leak to the next user of the pooled connection. Call it inside
 * the transaction, before the first change.
 */
export async function actAs(sql: SqlRunner, { actor, name = null, reason = null }: AuditActor): Promise<void> {
  await sql.rows(
    `select set_config('audit.actor', $1, true), set_config('audit.actor_name', coalesce($2, ''), true),
       set_config('audit.reason', coalesce($3, ''), true)`,
    [actor, name, reason],
  );
}
