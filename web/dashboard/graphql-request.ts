import type { TypedDocumentString } from './generated/graphql.js';

/** The public GraphQL endpoint: the dashboard reads nothing else but the exports. */
export const GRAPHQL_URL = '/graphql';

export class GraphQLRequestError extends Error {}

/** Runs one operation over POST /graphql; rejects with the server's error messages when there are any. */
export async function graphqlRequest<Result, Variables>(
  document: TypedDocumentString<Result, Variables> | string,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  let body: { data?: Result; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status} without a GraphQL result.`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '));
  if (!body.data) throw new GraphQLRequestError(`The server answered ${response.status} without data.`);
  return body.data;
}
