import type { ServerResponse } from 'node:http';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { logger } from '../observability/logger.js';
import { currentRequest } from '../observability/request-scope.js';
import { RETRY_AFTER_SECONDS, publicMessage } from './errors/error-verdict.js';
import { sendJson } from './graphql-endpoint.js';

/**
 * Answers an error a route let through: 503 with Retry-After when the database cannot be reached,
 * else 500; never with the error's own text, always with the request id to quote. The error itself,
 * with its cause and stack, goes to the log. A response already streaming is cut off instead.
 */
export function answerFailure(response: ServerResponse, error: unknown): void {
  const scope = currentRequest();
  const log = scope?.log ?? logger;
  const unavailable = isDatabaseUnavailable(error);
  if (unavailable) log.warn({ err: error }, 'database unavailable');
  else log.error({ err: error }, 'request failed');
  if (response.headersSent) return void response.destroy();
  const requestId = scope?.requestId;
  if (!unavailable) return sendJson(response, 500, { error: publicMessage({ status: 500, code: '', expose: false }), requestId });
  response.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  sendJson(response, 503, { error: publicMessage({ status: 503, code: '', expose: false }), requestId });
}
