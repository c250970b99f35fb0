import { createRequestContext } from '../../graphql/context.js';
import { graphqlEndpoint } from '../graphql-endpoint.js';
import type { Route, RouteDependencies } from './route.js';

/** `/graphql`: POST and GET GraphQL requests. */
export function graphqlRoute({ database, apollo, config }: RouteDependencies): Route {
  const handle = graphqlEndpoint(apollo, {
    maxBodyBytes: config.maxBodyBytes,
    context: async () => createRequestContext(database),
  });
  return { path: '/graphql', handle };
}
