import { createServer, type Server } from 'node:http';
import { sendJson } from './graphql-endpoint.js';
import { routeMatches, type Route } from './routes/route.js';

export interface HttpServerOptions {
  /** A request idle longer than this is answered with 503 (milliseconds), unless its route sets its own. */
  requestTimeoutMs: number;
}

/** Node's HTTP server over a list of routes; 404 for any path no route answers. */
export function createHttpServer(routes: readonly Route[], options: HttpServerOptions): Server {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = routes.find((candidate) => routeMatches(candidate, url.pathname));
    try {
      if (!route) return sendJson(response, 404, { error: `no resource at ${url.pathname}` });
      if (route.timeoutMs !== undefined) request.socket.setTimeout(route.timeoutMs);
      await route.handle(request, response, url);
    } catch (error) {
      if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
      else response.destroy(error as Error);
      console.error(error);
    }
  });
  // A request still running after the limit is answered 503 and its socket closed.
  server.requestTimeout = options.requestTimeoutMs;
  server.setTimeout(options.requestTimeoutMs, (socket) => {
    if (!socket.writableEnded) socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    socket.destroy();
  });
  return server;
}
