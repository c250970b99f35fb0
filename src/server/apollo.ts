import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import type { GraphQLSchema } from 'graphql';
import { yearCoverageWarnings } from '../coverage/year-warnings.plugin.js';
import type { RequestContext } from '../graphql/context.js';
import { httpCachePlugin } from './http-cache.js';
import { shapeLimits } from './limits/armor.js';
import { queryCostLimit } from './limits/query-cost.js';

export interface ApolloOptions {
  /** Production mode hides field suggestions and stack traces. */
  production: boolean;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** `max-age` of successful GET answers (seconds). */
  httpCacheMaxAge: number;
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
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<RequestContext>[]),
      queryCostLimit<RequestContext>(schema, options.maxCost),
      // Federated gateways read per-field timings from subgraph responses.
      ApolloServerPluginInlineTrace(),
      // Apollo's landing page loads Sandbox from a CDN; browsers get our own bundled GraphiQL instead (src/server/web/).
      ApolloServerPluginLandingPageDisabled(),
      // Cache-Control and ETag are set by httpCachePlugin alone.
      ApolloServerPluginCacheControlDisabled(),
      httpCachePlugin(schema, options.httpCacheMaxAge),
      yearCoverageWarnings(),
    ],
    allowBatchedHttpRequests: false,
    // Automatic persisted queries (on by default) let GET requests carry a hash instead of the query.
    persistedQueries: { ttl: 24 * 60 * 60 },
    // Callers authenticate with a bearer header, never cookies, so cross-site requests cannot ride on a
    // session; and BI tools must be able to issue a plain GET without preflight headers.
    csrfPrevention: false,
    // src/main.ts owns shutdown: Apollo's own signal handlers raced it and left the process hanging.
    stopOnTerminationSignals: false,
  });
}
