import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../graphql/context.js';

export interface ApolloOptions {
  /** Production mode hides field suggestions and stack traces. */
  production: boolean;
}

export function createApolloServer(schema: GraphQLSchema, options: ApolloOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
  });
}
