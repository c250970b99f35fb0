import { GraphQLError } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/** What looking one entity up costs, as `integratedCareSystem(code:)` does: one field. */
const LOOKUP_COST = 1;

/**
 * Weighs federation's `_entities` by its representations: each costs one lookup plus its selection,
 * as if asked for by its own query field. Refuses a request whose `_entities` fields hold more than
 * `maxRepresentations` in all: the whole list is resolved at once, so its size bounds the work.
 * Stateful (counts across aliases): make one per operation.
 */
export function entitiesEstimator(maxRepresentations: number): ComplexityEstimator {
  let representations = 0;
  return ({ type, field, args, childComplexity }) => {
    if (type.name !== 'Query' || field.name !== '_entities') return undefined;
    const count = Array.isArray(args.representations) ? args.representations.length : 1;
    representations += count;
    if (representations > maxRepresentations) throw tooManyRepresentations(representations, maxRepresentations);
    return 1 + count * (LOOKUP_COST + childComplexity);
  };
}

function tooManyRepresentations(representations: number, maxRepresentations: number): GraphQLError {
  return new GraphQLError(
    `_entities: ${representations} representations exceed the limit of ${maxRepresentations} per request ` +
      '(MAX_ENTITIES_REPRESENTATIONS): send them in smaller batches',
    {
      extensions: {
        code: 'QUERY_TOO_COSTLY',
        representations,
        maxRepresentations,
        http: { status: 400 },
      },
    },
  );
}
