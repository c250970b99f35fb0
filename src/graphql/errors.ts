import { GraphQLError } from 'graphql';

/** A caller error that names the argument at fault, so the IDE shows what to fix. */
export function badArgument(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}
