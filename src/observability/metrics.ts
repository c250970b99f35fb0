import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, served by `GET /metrics`. Other modules report through the small
 * hooks below and never touch prom-client themselves, so metric names and labels stay in one place.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const registers = [metricsRegistry];

/** Every limit that refuses a request, as the `limit` label of `ics_requests_rejected_total`. */
export type Limit =
  | 'depth'
  | 'aliases'
  | 'directives'
  | 'tokens'
  | 'validation_budget'
  | 'cost'
  | 'page_size'
  | 'body_size'
  | 'rate_limit'
  | 'request_timeout';

const requests = new Counter({
  name: 'ics_http_requests_total',
  help: 'HTTP requests answered, by route, GraphQL operation name and status',
  labelNames: ['route', 'operation', 'status'] as const,
  registers,
});

const requestDuration = new Histogram({
  name: 'ics_http_request_duration_seconds',
  help: 'Time from request to the last byte of the response, by route and GraphQL operation name',
  labelNames: ['route', 'operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers,
});

const rejected = new Counter({
  name: 'ics_requests_rejected_total',
  help: 'Requests refused by a limit (depth, aliases, directives, tokens, validation_budget, cost, page_size, body_size, rate_limit, request_timeout)',
  labelNames: ['limit'] as const,
  registers,
});

const graphqlErrors = new Counter({
  name: 'ics_graphql_errors_total',
  help: 'GraphQL errors sent to callers, by code',
  labelNames: ['code'] as const,
  registers,
});

const exportsRunning = new Gauge({
  name: 'ics_exports_running',
  help: 'Flat exports (/export/…) streaming now',
  registers,
});

const importDuration = new Histogram({
  name: 'ics_dataset_import_duration_seconds',
  help: 'Duration of dataset imports, by outcome (imported, rejected, failed)',
  labelNames: ['outcome'] as const,
  buckets: [0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
  registers,
});

/** What a database connection pool holds right now; fields a driver cannot tell are left out. */
export interface PoolStats {
  max: number;
  inUse?: number;
  idle?: number;
  waiting?: number;
}

const pools = new Set<() => PoolStats>();

new Gauge({
  name: 'ics_db_pool_connections',
  help: 'Database connections by state: in_use (checked out), idle, waiting (requests queued for a connection)',
  labelNames: ['state'] as const,
  registers,
  collect() {
    this.reset();
    const totals = { in_use: 0, idle: 0, waiting: 0 };
    let known = false;
    for (const read of pools) {
      const stats = read();
      if (stats.inUse === undefined) continue;
      known = true;
      totals.in_use += stats.inUse;
      totals.idle += stats.idle ?? 0;
      totals.waiting += stats.waiting ?? 0;
    }
    if (known) for (const [state, value] of Object.entries(totals)) this.set({ state }, value);
  },
});

new Gauge({
  name: 'ics_db_pool_max',
  help: 'Most connections the pool may open (1 on PGlite: one in-process connection)',
  registers,
  collect() {
    this.set([...pools].reduce((sum, read) => sum + read().max, 0));
  },
});

// A client names its own operations; beyond this many distinct names, new ones are counted as `other`
// so a client cannot grow the metric without bound.
const MAX_OPERATION_LABELS = 200;
const operationLabels = new Set<string>();

function operationLabel(operation: string | undefined): string {
  if (operation === undefined) return '';
  if (operationLabels.has(operation)) return operation;
  if (operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
  operationLabels.add(operation);
  return operation;
}

/** One answered request (called once per request by the request observation). */
export function recordRequest(route: string, operation: string | undefined, status: number, seconds: number): void {
  const label = operationLabel(operation);
  requests.inc({ route, operation: label, status: String(status) });
  requestDuration.observe({ route, operation: label }, seconds);
}

/** A request refused by a limit. */
export function countRejected(limit: Limit): void {
  rejected.inc({ limit });
}

/** A GraphQL error sent to a caller. */
export function countGraphQLError(code: string): void {
  graphqlErrors.inc({ code });
}

/** An export starts streaming; call the returned function when it ends, however it ends. */
export function exportStarted(): () => void {
  exportsRunning.inc();
  let ended = false;
  return () => {
    if (!ended) exportsRunning.dec();
    ended = true;
  };
}

/** A dataset import finished (`imported`), was refused for bad data (`rejected`) or broke (`failed`). */
export function observeImportDuration(seconds: number, outcome: 'imported' | 'rejected' | 'failed' = 'imported'): void {
  importDuration.observe({ outcome }, seconds);
}

/** Reports a connection pool on every scrape until the returned function is called. */
export function watchDatabasePool(read: () => PoolStats): () => void {
  pools.add(read);
  return () => void pools.delete(read);
}
