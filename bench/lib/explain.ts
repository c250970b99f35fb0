import pg from 'pg';
import { capturedSessionSettings, type CapturedStatement } from './pg-capture.js';
import { round } from './stats.js';

/** Where PostgreSQL spends a statement's time, from EXPLAIN (ANALYZE, FORMAT JSON). */
export interface PlanSummary {
  /** Planner's total cost estimate: above jit_above_cost (100 000 by default) PostgreSQL JIT-compiles. */
  estimatedCost: number;
  planningMs: number;
  executionMs: number;
  /** Time compiling the statement with LLVM (part of executionMs); 0 when JIT did not run. */
  jitMs: number;
  jitFunctions: number;
}

/** EXPLAIN ANALYZE of the slowest captured statement (a warm run first), in the server's session settings. */
export async function explainSlowest(databaseUrl: string, statements: CapturedStatement[]): Promise<PlanSummary | null> {
  const slowest = [...statements].filter((s) => /^\s*(with|select)\b/i.test(s.text)).sort((a, b) => b.ms - a.ms)[0];
  if (!slowest) return null;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const setting of capturedSessionSettings()) await client.query(setting);
    await client.query(slowest.text, slowest.values);
    const result = await client.query<{ 'QUERY PLAN': unknown }>(`explain (analyze, format json) ${slowest.text}`, slowest.values);
    const [plan] = result.rows[0]['QUERY PLAN'] as {
      Plan: { 'Total Cost': number };
      'Planning Time': number;
      'Execution Time': number;
      JIT?: { Functions: number; Timing: { Total: number } };
    }[];
    return {
      estimatedCost: Math.round(plan.Plan['Total Cost']),
      planningMs: round(plan['Planning Time'], 1),
      executionMs: round(plan['Execution Time'], 1),
      jitMs: round(plan.JIT?.Timing.Total ?? 0, 1),
      jitFunctions: plan.JIT?.Functions ?? 0,
    };
  } finally {
    await client.end();
  }
}
