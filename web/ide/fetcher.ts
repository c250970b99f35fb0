import type { Fetcher } from '@graphiql/toolkit';

/**
 * Sends every operation to this server's `/graphql` as POST JSON, with the headers editor's headers
 * (a bearer token, say). A small fetcher of our own instead of `createGraphiQLFetcher`: no subscriptions
 * or multipart responses are served, so its websocket and multipart clients would be dead weight.
 */
export function graphqlFetcher(url: string): Fetcher {
  return async (params, options) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${response.status} from ${url}: ${text.slice(0, 200)}` }] };
    }
  };
}
