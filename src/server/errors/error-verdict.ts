import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../../db/unavailable.js';
import { cancelledByStatementTimeout } from '../limits/statement-timeout.js';

/** What the caller is told about one error: the HTTP status, the code, and whether its message may be shown. */
export interface ErrorVerdict {
  status: number;
  code: string;
  /** False when the message may carry internals (driver text, SQL, hosts, paths): a fixed message replaces it. */
  expose: boolean;
}

/** Seconds a client should wait before retrying while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/**
 * The HTTP status of each error code callers can cause. Apollo's own codes, the limits' and the
 * resolvers' (`BAD_USER_INPUT`, `NOT_FOUND`); `UNAUTHENTICATED` and `FORBIDDEN` are the codes authentication and
 * authorisation throw (401, 403). Any other error is the server's fault: 500.
 */
const STATUS_BY_CODE: Record<string, number> = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  QUERY_TOO_COSTLY: 400,
  PERSISTED_QUERY_NOT_FOUND: 200,
  PERSISTED_QUERY_NOT_SUPPORTED: 200,
  // A lookup by a code nobody has: the answer is a null field with the reason beside it, not a failed request.
  NOT_FOUND: 200,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  // A write whose expectedVersion is stale: the record changed since the caller read it.
  CONFLICT: 409,
};

/** Judges an error as thrown (a GraphQLError, possibly wrapping a driver or programming error). */
export function verdictOf(error: unknown): ErrorVerdict {
  if (isDatabaseUnavailable(error)) return { status: 503, code: DATABASE_UNAVAILABLE, expose: false };
  // The server gave up on a statement (STATEMENT_TIMEOUT_MS): not the caller's fault, and worth a retry later.
  if (cancelledByStatementTimeout(error)) return { status: 503, code: 'STATEMENT_TIMEOUT', expose: false };
  const extensions = error instanceof GraphQLError ? error.extensions : {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  const explicit = (extensions.http as { status?: unknown } | undefined)?.status;
  const status = typeof explicit === 'number' ? explicit : code !== undefined ? STATUS_BY_CODE[code] : undefined;
  if (status === undefined || status >= 500) return { status: status ?? 500, code: 'INTERNAL_SERVER_ERROR', expose: false };
  return { status, code: code ?? 'BAD_REQUEST', expose: true };
}

/** The status of a response with several errors: an outage first, then a server fault, then the caller's. */
export function mostSerious(verdicts: readonly ErrorVerdict[]): ErrorVerdict | undefined {
  const rank = (verdict: ErrorVerdict) => (verdict.status === 503 ? 3 : verdict.status >= 500 ? 2 : verdict.status >= 400 ? 1 : 0);
  return verdicts.reduce<ErrorVerdict | undefined>((worst, verdict) => (!worst || rank(verdict) > rank(worst) ? verdict : worst), undefined);
}

/** The fixed message shown instead of an error's own when it must not be exposed. */
export function publicMessage(verdict: ErrorVerdict): string {
  return verdict.status === 503
    ? `The database is unavailable; retry in ${RETRY_AFTER_SECONDS} seconds`
    : 'Internal server error';
}
