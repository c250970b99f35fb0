import type { ComplexityEstimator } from 'graphql-query-complexity';
import { GAP_STATEMENT_WEIGHTS, gapScopeOf, yearsCharged, type GapScope } from './gap-statement-weights.js';
import { rowsAsked } from './page-size-estimator.js';

/**
 * Weighs a gap field by its statement (the weight of its scope and years) plus the rows it returns,
 * each costing its selection. Fields below an ICS or a place have one scope and take their years from
 * their arguments; query fields take both from their filter.
 */
export const gapScopeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const weights = GAP_STATEMENT_WEIGHTS[`${type.name}.${field.name}`];
  if (!weights) return undefined;
  const scopes = Object.keys(weights) as GapScope[];
  const filtered = field.args.some((arg) => arg.name === 'filter');
  const weight = weights[filtered ? gapScopeOf(args.filter) : scopes[0]] ?? { fixed: 0, perYear: 0 };
  const years = yearsCharged(filtered ? args.filter : args);
  return weight.fixed + weight.perYear * years + rowsAsked(field, args) * childComplexity;
};
