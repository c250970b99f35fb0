import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Database } from '../db/database.js';
import { createRequestContext, type RequestContext } from '../graphql/context.js';
import { graphqlEndpoint, sendJson } from './graphql-endpoint.js';
import { liveness, readiness } from './health.js';

export interface HttpServerOptions {
  maxBodyBytes: number;
  requestTimeoutMs: number;
  /** Exports stream national tables and may run far longer than a query. */
  exportTimeoutMs: number;
}

/** A route handler for a path prefix; returns false when it does not handle the request. */
export type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean | void>;

/** The HTTP surface: /graphql, health probes, and any extra routes (exports). */
export function createHttpServer(
  database: Database,
  apollo: ApolloServer<RequestContext>,
  options: HttpServerOptions,
  extraRoutes: Record<string, Route> = {},
): Server {
  const graphql = graphqlEndpoint(apollo, {
    maxBodyBytes: options.maxBodyBytes,
    context: async () => createRequestContext(database),
  });
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/graphql') return await graphql(request, response, url);
      if (url.pathname === '/healthz') return liveness(response);
      if (url.pathname === '/readyz') return await readiness(database, response);
      if (url.pathname.startsWith('/export/')) request.socket.setTimeout(options.exportTimeoutMs);
      for (const [prefix, route] of Object.entries(extraRoutes)) {
        if (url.pathname.startsWith(prefix) && (await route(request, response, url)) !== false) return;
      }
      sendJson(response, 404, { error: `no resource at ${url.pathname}` });
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
