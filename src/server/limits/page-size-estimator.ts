import type { GraphQLField } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../../graphql/connection.js';

/** The rows a field may return: its page size when paged (`first`, default 50), else one. */
export function rowsAsked(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (!field.args.some((arg) => arg.name === 'first')) return 1;
  return Math.max(typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE, 1);
}

/**
 * Weighs a paged field by the rows it may return: a connection asked for 500 rows costs 500 times
 * what one row's selection costs. Fields without `first` fall through to the next estimator.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const paged = field.args.some((arg) => arg.name === 'first');
  if (!paged) return undefined;
  return 1 + rowsAsked(field, args) * childComplexity;
};
