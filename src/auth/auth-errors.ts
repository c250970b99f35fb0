import { GraphQLError } from 'graphql';

/** No token where one is needed, or a token that does not verify (bad signature, expired, wrong issuer). */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** A verified caller whose roles or ICSs do not allow what it asked. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
