import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../graphql/context.js';
import { shapeLimits } from './limits/armor.js';
import { queryCostLimit } from './limits/query-cost.js';
import { formatStatementTimeout } from './limits/statement-timeout.js';
import { nulCharacterGuard } from './limits/text-arguments.js';

export interface ApolloOptions {
  /** Production mode hides field suggestions and stack traces. */
  production: boolean;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxEntitiesRepresentations: number;
  /** For the message of a statement cancelled by `statement_timeout`. */
  database?: { statementTimeoutMs?: number };
}

export function createApolloServer(schema: GraphQLSchema, options: ApolloOptions): ApolloServer<RequestContext> {
  const armor = shapeLimits({
    maxDepth: options.maxDepth,
    maxAliases: options.maxAliases,
    maxDirectives: 20,
    maxTokens: 5000,
    blockFieldSuggestions: options.production,
  });
  return new ApolloServer<RequestContext>({
    schema,
    // IDEs and BI tools discover the schema by introspection.
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    validationRules: armor.validationRules,
    formatError: formatStatementTimeout(options.database?.statementTimeoutMs),
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<RequestContext>[]),
      nulCharacterGuard<RequestContext>(),
      queryCostLimit<RequestContext>(schema, { maximumCost: options.maxCost, maxEntitiesRepresentations: options.maxEntitiesRepresentations }),
      // Federated gateways read per-field timings from subgraph responses.
      ApolloServerPluginInlineTrace(),
    ],
    allowBatchedHttpRequests: false,
    // Automatic persisted queries (on by default) let GET requests carry a hash instead of the query.
    persistedQueries: { ttl: 24 * 60 * 60 },
    // Callers authenticate with a bearer header, never cookies, so cross-site requests cannot ride on a
    // session; and BI tools must be able to issue a plain GET without preflight headers.
    csrfPrevention: false,
  });
}
