import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { countRejected } from '../observability/metrics.js';
import { currentRequest } from '../observability/request-scope.js';
import { RequestBodyTooLarge, readBody } from './request-body.js';
import type { RequestContext } from '../graphql/context.js';

export interface GraphQLEndpointOptions {
  maxBodyBytes: number;
  context: (request: IncomingMessage) => Promise<RequestContext>;
}

/**
 * Serves Apollo Server over Node's own HTTP server: POST with a JSON body, or GET with the query in
 * the URL (for saved and persisted queries that caches and BI tools can fetch).
 */
export function graphqlEndpoint(apollo: ApolloServer<RequestContext>, options: GraphQLEndpointOptions) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    let body: unknown;
    try {
      body = await parseBody(request, options.maxBodyBytes);
    } catch (error) {
      const status = error instanceof RequestBodyTooLarge ? 413 : 400;
      if (status === 413) {
        countRejected('body_size');
        // The rest of the body is never read: the connection cannot carry another request.
        response.setHeader('connection', 'close');
      }
      const extensions = { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', requestId: currentRequest()?.requestId };
      return sendJson(response, status, { errors: [{ message: (error as Error).message, extensions }] });
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(request),
    });
    response.statusCode = result.status ?? 200;
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (result.body.kind === 'complete') return void response.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}

async function parseBody(request: IncomingMessage, maxBodyBytes: number): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  const text = await readBody(request, maxBodyBytes);
  if (!text) return undefined;
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.includes('application/json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('request body is not valid JSON');
  }
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value));
}
