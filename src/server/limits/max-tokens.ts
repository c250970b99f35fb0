import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ParseOptions } from 'graphql';
import { countRejected } from '../../observability/metrics.js';

/**
 * The token limit, enforced by graphql-js's own parser (`maxTokens`): Apollo reports it like any syntax
 * error, with 400 and the limit in the message ("Document contains more that 5000 tokens"). (graphql-armor's
 * token plugin parsed each query a second time and turned every syntax error into a 500.)
 */
export function tokenLimit<Context extends BaseContext>(maxTokens: number): {
  parseOptions: ParseOptions;
  plugin: ApolloServerPlugin<Context>;
} {
  return {
    parseOptions: { maxTokens },
    plugin: {
      async requestDidStart() {
        return {
          async parsingDidStart() {
            return async (error?: Error) => {
              if (error && /contains more th(?:at|an) \d+ tokens/.test(error.message)) countRejected('tokens');
            };
          },
        };
      },
    },
  };
}
