import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../../graphql/connection.js';

/**
 * Weighs a paged field by the rows it may return: a connection asked for 500 rows costs 500 times
 * what one row's selection costs. Fields without `first` fall through to the next estimator.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const paged = field.args.some((arg) => arg.name === 'first');
  if (!paged) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.max(first, 1) * childComplexity;
};
