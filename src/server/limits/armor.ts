import { ApolloArmor } from '@escape.tech/graphql-armor';

export interface ShapeLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Field suggestions ("did you mean …") leak the schema to probing clients; off in production. */
  blockFieldSuggestions: boolean;
}

/** Depth, alias, directive and token limits from graphql-armor; cost is weighed separately by page size. */
export function shapeLimits(limits: ShapeLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { n: limits.maxTokens },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
}
