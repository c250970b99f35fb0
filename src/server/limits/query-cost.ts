import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { countRejected } from '../../observability/metrics.js';
import { entitiesEstimator } from './entities-estimator.js';
import { explanationEstimator } from './explanation-estimator.js';
import { gapScopeEstimator } from './gap-scope-estimator.js';
import { pageSizeEstimator } from './page-size-estimator.js';

export interface CostLimits {
  /** Largest estimated cost of one operation (`MAX_QUERY_COST`). */
  maximumCost: number;
  /** Most representations `_entities` may resolve in one request (`MAX_ENTITIES_REPRESENTATIONS`). */
  maxEntitiesRepresentations: number;
}

/**
 * The estimated cost of an operation: each field 1 (those inside a finding's explanation nothing), paged
 * fields multiplied by their page size, gap fields by the scope their statement computes over,
 * `_entities` by its representations. Throws the
 * representation limit's error when `_entities` asks for too many.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  maxEntitiesRepresentations: number,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [
      entitiesEstimator(maxEntitiesRepresentations),
      gapScopeEstimator,
      pageSizeEstimator,
      explanationEstimator(schema),
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

/**
 * Refuses operations whose estimated cost exceeds the limit. Runs after variables are known, so
 * `first: $n` is weighed by its real value.
 */
export function queryCostLimit<Context extends BaseContext>(schema: GraphQLSchema, limits: CostLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // An operationName that names no operation in the document is Apollo's to report ("Unknown
          // operation named …"); the estimator would fail on it with a TypeError.
          if (!operation) return;
          // Variables that do not fit their types are refused by execution with a message naming them.
          if (!variablesValid(schema, operation, request.variables ?? {})) return;
          const cost = operationCost(schema, document, request.variables ?? {}, request.operationName ?? undefined, limits.maxEntitiesRepresentations);
          if (cost > limits.maximumCost) {
            countRejected('cost');
            throw new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${limits.maximumCost}: ask for fewer rows (first), a narrower scope ` +
                '(icsCode, laCode) or fewer fields',
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, maximumCost: limits.maximumCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

function variablesValid(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): boolean {
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  return !errors?.length;
}
