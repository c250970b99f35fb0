import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentRequest } from '../observability/request-scope.js';

/** Names the request's GraphQL operation in its scope, for the access log and the request metrics. */
export function operationScopePlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const scope = currentRequest();
          if (scope) scope.operation = operationName ?? 'anonymous';
        },
      };
    },
  };
}
