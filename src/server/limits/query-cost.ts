import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { pageSizeEstimator } from './page-size-estimator.js';

/**
 * Refuses operations whose estimated cost (each field 1, paged fields weighted by page size) exceeds
 * the limit. Runs after variables are known, so `first: $n` is weighed by its real value.
 */
export function queryCostLimit<Context extends BaseContext>(
  schema: GraphQLSchema,
  maximumCost: number,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // An operationName that names no operation in the document is Apollo's to report ("Unknown
          // operation named …"); the estimator would fail on it with a TypeError.
          if (!operation) return;
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maximumCost) {
            throw new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${maximumCost}: ask for fewer rows (first) or fewer fields`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, maximumCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
