import { GraphQLError } from 'graphql';

/** A caller error that names the argument at fault, so the IDE shows what to fix. */
export function badArgument(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

/**
 * A lookup by code that matched nothing: the field answers null and this error says why, so a caller can tell
 * "no such code" from an empty answer.
 */
export function notFound(argument: string, code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', argument, value: code } });
}
