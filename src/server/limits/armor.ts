import { ApolloArmor } from '@escape.tech/graphql-armor';
import { countRejected, type Limit } from '../../observability/metrics.js';

export interface ShapeLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Field suggestions ("did you mean …") leak the schema to probing clients; off unless debugging. */
  blockFieldSuggestions: boolean;
}

/**
 * Depth, alias and directive limits from graphql-armor, each refusal counted in the metrics. Tokens are
 * limited by the parser itself (max-tokens.ts), cost is weighed separately by page size (query-cost.ts).
 */
export function shapeLimits(limits: ShapeLimits) {
  const counted = (limit: Limit) => ({ onReject: [() => countRejected(limit)] });
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...counted('depth') },
    maxAliases: { n: limits.maxAliases, ...counted('aliases') },
    maxDirectives: { n: limits.maxDirectives, ...counted('directives') },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
}
