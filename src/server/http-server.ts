import { createServer, type Server } from 'node:http';
import { countRejected } from '../observability/metrics.js';
import { observeRequest, requestTimedOut } from '../observability/request-observation.js';
import { answerFailure } from './failure-response.js';
import { sendJson } from './graphql-endpoint.js';
import type { RequestPolicy } from './policies/policy.js';
import { routeMatches, type Route } from './routes/route.js';

export interface HttpServerOptions {
  /** A request idle longer than this is answered with 503 (milliseconds), unless its route sets its own. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open for the client's next request (milliseconds). */
  keepAliveTimeoutMs: number;
}

/**
 * Node's HTTP server over a list of routes; 404 for any path no route answers. Every request is
 * observed (request id, access log, metrics) and passes the policies (CORS, rate limit) before its route.
 */
export function createHttpServer(
  routes: readonly Route[],
  options: HttpServerOptions,
  policies: readonly RequestPolicy[] = [],
): Server {
  const server = createServer((request, response) =>
    observeRequest(request, response, async (scope) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const route = routes.find((candidate) => routeMatches(candidate, url.pathname));
      scope.route = route?.path ?? 'unmatched';
      scope.probe = route?.probe;
      try {
        for (const policy of policies) if (await policy(request, response, route)) return;
        if (!route) return sendJson(response, 404, { error: `no resource at ${url.pathname}` });
        if (route.timeoutMs !== undefined) request.socket.setTimeout(route.timeoutMs);
        await route.handle(request, response, url);
      } catch (error) {
        answerFailure(response, error);
      }
    }),
  );
  // A request still running after the limit is answered 503 and its socket closed.
  server.requestTimeout = options.requestTimeoutMs;
  // Node's 5 s default races a client's next request: when a long synchronous step (a PGlite statement runs on
  // this thread) holds the event loop past it, the idle timer fires before the waiting request is read, and the
  // client sees its connection reset. Longer than load balancers' idle timeouts (60 s), as they expect.
  server.keepAliveTimeout = options.keepAliveTimeoutMs;
  server.headersTimeout = Math.max(server.headersTimeout, options.keepAliveTimeoutMs + 1_000);
  server.setTimeout(options.requestTimeoutMs, (socket) => {
    if (!socket.writableEnded && requestTimedOut(socket)) {
      countRejected('request_timeout');
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    }
    socket.destroy();
  });
  return server;
}
