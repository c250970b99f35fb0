import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { logger as processLogger, type Logger } from './logger.js';
import { recordRequest } from './metrics.js';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id.js';
import { runInRequestScope, type RequestScope } from './request-scope.js';

/** Sockets with a request being answered, and sockets the server cut because their request ran too long. */
const answering = new WeakSet<Socket>();
const timedOut = new WeakSet<Socket>();

/**
 * The server's time limit struck this socket: true (and the request recorded as 503) when a request was
 * being answered on it, false when it was an idle keep-alive connection.
 */
export function requestTimedOut(socket: Socket): boolean {
  if (!answering.has(socket)) return false;
  timedOut.add(socket);
  return true;
}

/**
 * Gives a request its id (echoed in `x-request-id`), a scope every module can read, one access-log line
 * when it ends and its request metrics. Probes (health checks, metric scrapes) are logged at debug only,
 * so an orchestrator polling every few seconds does not drown the log.
 */
export async function observeRequest(
  request: IncomingMessage,
  response: ServerResponse,
  handle: (scope: RequestScope) => Promise<void>,
  logger: Logger = processLogger,
): Promise<void> {
  const started = performance.now();
  const requestId = requestIdOf(request);
  response.setHeader(REQUEST_ID_HEADER, requestId);
  const scope: RequestScope = { requestId, log: logger.child({ requestId }), route: 'unmatched' };
  const socket = request.socket;
  answering.add(socket);
  response.once('close', () => {
    answering.delete(socket);
    const durationMs = performance.now() - started;
    const status = statusOf(request, response);
    recordRequest(scope.route, scope.operation, status, durationMs / 1000);
    const line = {
      method: request.method,
      path: (request.url ?? '/').split('?')[0],
      operation: scope.operation,
      status,
      durationMs: Math.round(durationMs * 10) / 10,
      ...(response.writableFinished ? {} : { completed: false }),
    };
    if (scope.probe) scope.log.debug(line, 'request');
    else scope.log.info(line, 'request');
  });
  await runInRequestScope(scope, () => handle(scope));
}

/** The status sent; 503 when the server cut the request at its time limit, 499 when the client left first. */
function statusOf(request: IncomingMessage, response: ServerResponse): number {
  if (timedOut.delete(request.socket)) return 503;
  return response.writableFinished ? response.statusCode : 499;
}
