import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import type { GraphQLSchema } from 'graphql';
import { yearCoverageWarnings } from '../coverage/year-warnings.plugin.js';
import type { RequestContext } from '../graphql/context.js';
import { httpCachePlugin } from './http-cache.js';
import { logger } from '../observability/logger.js';
import { errorStatusPlugin } from './errors/error-status.plugin.js';
import { formatErrorFor } from './errors/format-error.js';
import { shapeLimits } from './limits/armor.js';
import { tokenLimit } from './limits/max-tokens.js';
import { queryCostLimit } from './limits/query-cost.js';
import { validationBudget } from './limits/validation-budget.js';
import { operationScopePlugin } from './operation-scope.plugin.js';
import { formatStatementTimeout } from './limits/statement-timeout.js';
import { nulCharacterGuard } from './limits/text-arguments.js';

export interface ApolloOptions {
  /** `DEBUG_ERRORS=true`: internal error messages, stack traces and field suggestions reach callers. */
  debugErrors: boolean;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** `max-age` of successful GET answers (seconds). */
  httpCacheMaxAge: number;
  maxEntitiesRepresentations: number;
  /** For the message of a statement cancelled by `statement_timeout`. */
  database?: { statementTimeoutMs?: number };
}

export function createApolloServer(schema: GraphQLSchema, options: ApolloOptions): ApolloServer<RequestContext> {
  const armor = shapeLimits({
    maxDepth: options.maxDepth,
    maxAliases: options.maxAliases,
    maxDirectives: 20,
    blockFieldSuggestions: !options.debugErrors,
  });
  const tokens = tokenLimit<RequestContext>(5000);
  const safeError = formatErrorFor({ debug: options.debugErrors });
  const statementTimeout = formatStatementTimeout(options.database?.statementTimeoutMs);
  return new ApolloServer<RequestContext>({
    schema,
    logger,
    // IDEs and BI tools discover the schema by introspection.
    introspection: true,
    // Safe by default, whatever NODE_ENV says: internals reach callers only when asked for.
    includeStacktraceInErrorResponses: options.debugErrors,
    formatError: (formatted, error) => statementTimeout(safeError(formatted, error), error),
    parseOptions: tokens.parseOptions,
    validationRules: armor.validationRules,
    plugins: [
      operationScopePlugin<RequestContext>(),
      errorStatusPlugin<RequestContext>(),
      tokens.plugin,
      validationBudget<RequestContext>(),
      ...(armor.plugins as ApolloServerPlugin<RequestContext>[]),
      nulCharacterGuard<RequestContext>(),
      queryCostLimit<RequestContext>(schema, { maximumCost: options.maxCost, maxEntitiesRepresentations: options.maxEntitiesRepresentations }),
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
    // Compact JSON: Apollo's default indents every answer, which cost 6% of the server's CPU on the nested read.
    stringifyResult: (value) => JSON.stringify(value),
    // Automatic persisted queries (on by default) let GET requests carry a hash instead of the query.
    persistedQueries: { ttl: 24 * 60 * 60 },
    // Callers authenticate with a bearer header, never cookies, so cross-site requests cannot ride on a
    // session; and BI tools must be able to issue a plain GET without preflight headers.
    csrfPrevention: false,
    // src/main.ts owns shutdown: Apollo's own signal handlers raced it and left the process hanging.
    stopOnTerminationSignals: false,
  });
}
