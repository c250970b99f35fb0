import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, GraphQLError, valueFromASTUntyped, visit, type DocumentNode } from 'graphql';

/**
 * Refuses string arguments holding the NUL character (U+0000), naming the argument: PostgreSQL text
 * cannot store it, so such a value would otherwise fail in the driver as an internal error.
 */
export function nulCharacterGuard<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const argument = argumentHoldingNul(document, request.variables ?? {});
          if (argument) {
            throw new GraphQLError(`Argument "${argument}": must not contain the NUL character (U+0000)`, {
              extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** The first argument whose value (variables filled in) holds a NUL, as `filter.icsCode`; or null. */
function argumentHoldingNul(document: DocumentNode, variables: Record<string, unknown>): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      found = pathToNul(valueFromASTUntyped(node.value, variables), node.name.value);
      return found ? BREAK : undefined;
    },
  });
  return found;
}

function pathToNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = pathToNul(item, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}
