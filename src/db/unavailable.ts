/**
 * Whether an error means the database cannot be reached right now (refused, reset, shutting down,
 * starting up, out of connection slots, or the pool timed out waiting for a connection), rather than
 * that a statement failed. Callers answer these with 503 and Retry-After: a retry may well succeed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causesOf(error).some(isUnavailableCause);
}

// Socket errors from Node, and PostgreSQL SQLSTATEs: 57P01 admin_shutdown, 57P02 crash_shutdown,
// 57P03 cannot_connect_now (starting up or shutting down), 53300 too_many_connections.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE',
  '57P01', '57P02', '57P03', '53300',
]);

// node-postgres reports a dropped connection or a pool wait that timed out without a code.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
];

function isUnavailableCause(error: object): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/** The error and everything it wraps: GraphQL's `originalError`, `cause`, and an AggregateError's `errors`. */
export function causesOf(error: unknown): object[] {
  const seen: object[] = [];
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null || seen.includes(value) || seen.length > 20) return;
    seen.push(value);
    const wrapper = value as { originalError?: unknown; cause?: unknown; errors?: unknown };
    visit(wrapper.originalError);
    visit(wrapper.cause);
    if (Array.isArray(wrapper.errors)) wrapper.errors.forEach(visit);
  };
  visit(error);
  return seen;
}
