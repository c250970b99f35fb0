import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

/** SQLSTATE `query_canceled`: what PostgreSQL raises when `statement_timeout` cancels a statement. */
const QUERY_CANCELED = '57014';

/**
 * Turns a statement cancelled by the per-statement limit (`STATEMENT_TIMEOUT_MS`, applied to every
 * database session) into an error naming the limit. The driver's own text, the SQL and the stack
 * trace are dropped: callers see what to change, not how the database said it.
 */
export function formatStatementTimeout(timeoutMs: number | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (!cancelledByStatementTimeout(error)) return formatted;
    return {
      message:
        `The database stopped a statement that ran longer than the limit of ${timeoutMs ?? 0} ms (STATEMENT_TIMEOUT_MS): ` +
        'narrow the filter (icsCode, laCode, year) or ask for fewer rows',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'STATEMENT_TIMEOUT', statementTimeoutMs: timeoutMs ?? 0, requestId: formatted.extensions?.requestId },
    };
  };
}

export function cancelledByStatementTimeout(thrown: unknown): boolean {
  const error = unwrapResolverError(thrown);
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    if ((cause as { code?: unknown }).code === QUERY_CANCELED) return true;
  }
  return false;
}
