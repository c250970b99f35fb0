import pg from 'pg';
import { firstLine } from '../lib/features.js';
import { graphql } from '../lib/http.js';
import { capturedSessionSettings, type CapturedStatement } from '../lib/pg-capture.js';
import { runsFor, warmEnough, type RunBudget } from '../lib/budget.js';
import { ratio, summarize, type LatencySummary } from '../lib/stats.js';
import type { Operation } from '../queries.js';

export interface OverheadFigure {
  key: string;
  label: string;
  graphql?: LatencySummary & { bytes: number };
  sql?: LatencySummary & { statements: number; rows: number };
  ratioP50?: number;
  ratioP95?: number;
  skipped?: string;
  error?: string;
}

/**
 * End-to-end GraphQL latency over HTTP (loopback, keep-alive, whole body read) against the floor: the
 * very statements the server sent for the same request, with the same bind values, replayed one after
 * another on one pg connection with the session settings the server's pool applies. Runs alternate GraphQL / SQL so both see the same machine state.
 */
export async function measureOverhead(
  key: string,
  label: string,
  endpoint: string,
  operation: Operation,
  statements: CapturedStatement[],
  databaseUrl: string,
  budget: RunBudget,
): Promise<OverheadFigure> {
  const figure: OverheadFigure = { key, label };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // The same session settings as the server's pooled connections.
    for (const setting of capturedSessionSettings()) await client.query(setting);
    const replay = async () => {
      const started = performance.now();
      let rows = 0;
      for (const statement of statements) rows += (await client.query(statement.text, statement.values)).rowCount ?? 0;
      return { ms: performance.now() - started, rows };
    };
    const graphqlMs: number[] = [];
    const sqlMs: number[] = [];
    let bytes = 0;
    let rows = 0;
    let iterationMs = 0;
    for (let i = 0; i < budget.warmup; i += 1) {
      const started = performance.now();
      await graphql(endpoint, operation.query, operation.variables);
      await replay();
      iterationMs = performance.now() - started;
      if (warmEnough(budget, iterationMs)) break;
    }
    const runs = runsFor(budget, iterationMs);
    for (let i = 0; i < runs; i += 1) {
      const answer = await graphql(endpoint, operation.query, operation.variables);
      const floor = await replay();
      graphqlMs.push(answer.ms);
      sqlMs.push(floor.ms);
      bytes = answer.bytes;
      rows = floor.rows;
    }
    figure.graphql = { ...summarize(graphqlMs), bytes };
    figure.sql = { ...summarize(sqlMs), statements: statements.length, rows };
    figure.ratioP50 = ratio(figure.graphql.p50, figure.sql.p50);
    figure.ratioP95 = ratio(figure.graphql.p95, figure.sql.p95);
  } catch (error) {
    figure.error = firstLine(error);
  } finally {
    await client.end();
  }
  return figure;
}
