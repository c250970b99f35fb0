import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { countRejected } from '../../observability/metrics.js';
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
          const cost = weigh(() =>
            getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            }),
          );
          if (cost > maximumCost) {
            countRejected('cost');
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

/** Weighing needs the variables: ones that do not fit their types are the caller's error (400), named as such. */
function weigh(cost: () => number): number {
  try {
    return cost();
  } catch (error) {
    if (!(error instanceof GraphQLError) || !error.message.startsWith('Variable "$')) throw error;
    throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}
