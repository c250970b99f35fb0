import type { Server } from 'node:http';
import { createApp } from '../../src/app.js';
import { configFromEnv } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import type { StatementCounter } from '../lib/counter.js';
import { firstLine, unsupported, type Features } from '../lib/features.js';
import { graphql } from '../lib/http.js';
import { capturePg, type CapturedStatement } from '../lib/pg-capture.js';
import type { Operation, SizedOperation } from '../queries.js';

export interface StatementFigure {
  key: string;
  label: string;
  database: string;
  small?: { size: string; statements: number; ms: number };
  large?: { size: string; statements: number; ms: number };
  equal?: boolean;
  skipped?: string;
  error?: string;
}

/** An app on the given database, in this process, listening on a loopback port. */
export async function inProcessServer(db: Database): Promise<{ endpoint: string; http: Server; stop: () => Promise<void> }> {
  const app = await createApp({ ...configFromEnv({ NODE_ENV: 'production' }) }, db);
  await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', () => resolve()));
  const { port } = app.http.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}/graphql`,
    http: app.http,
    // The database belongs to the caller: stop HTTP and Apollo only.
    stop: async () => {
      await new Promise<void>((resolve) => {
        app.http.close(() => resolve());
        app.http.closeIdleConnections();
      });
      await app.apollo.stop();
    },
  };
}

/**
 * SQL statements per request, counted by the database layer's onQuery hook, for each nested read at a
 * small and a large result size. Requests run one at a time, so every statement counted is the request's.
 */
export async function measureStatements(
  databaseLabel: string,
  endpoint: string,
  counter: StatementCounter,
  operations: SizedOperation[],
  features: Features,
): Promise<StatementFigure[]> {
  const figures: StatementFigure[] = [];
  for (const operation of operations) {
    const figure: StatementFigure = { key: operation.key, label: operation.label, database: databaseLabel };
    figures.push(figure);
    const reason = unsupported(features, operation.small.query);
    if (reason) {
      figure.skipped = `${operation.needs}: ${reason}`;
      continue;
    }
    try {
      for (const size of ['small', 'large'] as const) {
        const { query, variables, size: label } = operation[size];
        const { result, count } = await counter.around(() => graphql(endpoint, query, variables));
        figure[size] = { size: label, statements: count, ms: Math.round(result.ms) };
      }
      figure.equal = figure.small!.statements === figure.large!.statements;
    } catch (error) {
      figure.error = firstLine(error);
    }
  }
  return figures;
}

/** The exact statements (text and bind values) the server sends for one request, through the pg driver. */
export async function captureStatements(endpoint: string, operation: Operation): Promise<CapturedStatement[]> {
  await graphql(endpoint, operation.query, operation.variables);
  const { statements } = await capturePg(() => graphql(endpoint, operation.query, operation.variables));
  return statements;
}
