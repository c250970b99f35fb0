import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { RETRY_AFTER_SECONDS, mostSerious, verdictOf } from './error-verdict.js';

/**
 * Sets the HTTP status from the errors a GraphQL response carries: 503 with Retry-After when the
 * database is unavailable, 500 for a server fault, else the caller's error (400 for syntax, validation,
 * variables and limits; 401/403 for authentication). Data resolved before an error is still sent.
 */
export function errorStatusPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          const verdict = mostSerious((errors ?? []).map(verdictOf));
          if (!verdict) return;
          response.http.status = verdict.status;
          if (verdict.status === 503) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
