import type { GraphQLFormattedError } from 'graphql';
import { logger as processLogger, type Logger } from '../../observability/logger.js';
import { countGraphQLError } from '../../observability/metrics.js';
import { currentRequest } from '../../observability/request-scope.js';
import { causesOf } from '../../db/unavailable.js';
import { publicMessage, verdictOf } from './error-verdict.js';

export interface FormatErrorOptions {
  /** `DEBUG_ERRORS=true`: internal messages and stack traces go to the caller too (never in production). */
  debug: boolean;
  logger?: Logger;
}

/**
 * Apollo's `formatError`: every GraphQL error passes here on its way out. It is logged with its original
 * cause and the request id; a caller's error keeps its message and extensions; a server error
 * (driver message, SQL, host, port, stack) is replaced by a fixed message. Either way the caller gets
 * the code and the request id to quote.
 */
export function formatErrorFor({ debug, logger = processLogger }: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const verdict = verdictOf(error);
    const scope = currentRequest();
    const log = scope?.log ?? logger;
    const entry = { code: verdict.code, status: verdict.status, path: formatted.path };
    // A server error is logged with what really went wrong (the driver's error and its stack); a caller's, briefly.
    if (verdict.status >= 500) log.error({ ...entry, err: causesOf(error).at(-1) }, formatted.message);
    else if (verdict.status >= 400) log.info(entry, formatted.message);
    else log.debug(entry, formatted.message);
    countGraphQLError(verdict.code);

    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const requestId = scope ? { requestId: scope.requestId } : {};
    if (verdict.expose || debug) {
      return {
        ...formatted,
        extensions: { ...extensions, code: verdict.code, ...requestId, ...(debug && stacktrace ? { stacktrace } : {}) },
      };
    }
    return {
      message: publicMessage(verdict),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: verdict.code, ...requestId },
    };
  };
}
