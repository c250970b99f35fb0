import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/** The object types read from a finding's explanation: GapFinding.explanation's type and every type below it. */
function explanationTypes(schema: GraphQLSchema): Set<string> {
  const root = schema.getType('GapFinding');
  const found = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (!isObjectType(type) || found.has(type.name)) return;
    found.add(type.name);
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  };
  const explanation = isObjectType(root) ? root.getFields().explanation : undefined;
  if (explanation) visit(getNamedType(explanation.type));
  return found;
}

/**
 * A finding's explanation is one JSON value the findings statement has already built for the page, so
 * the fields inside it add no work: they cost nothing beyond what they contain. The explanation field
 * itself costs 1 like any field, times the page size above it.
 */
export function explanationEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const types = explanationTypes(schema);
  return ({ type, childComplexity }) => (types.has(type.name) ? childComplexity : undefined);
}
