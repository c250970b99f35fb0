import type { AuthSettings } from './auth-settings.js';
import { ANONYMOUS, type Caller } from './caller.js';
import { unauthenticated } from './auth-errors.js';
import type { TokenVerifier } from './token-verifier.js';

/** Who a request comes from, by its Authorization header. */
export type Authenticator = (authorization: string | undefined) => Promise<Caller>;

/**
 * No header: anonymous while ANONYMOUS_READ is on (reads only), else UNAUTHENTICATED. A header that is not a
 * bearer token, or a token that does not verify, is UNAUTHENTICATED even for a read: a caller who sent
 * credentials should learn they failed rather than be served as somebody else.
 */
export function authenticator(settings: AuthSettings, verify: TokenVerifier): Authenticator {
  return async (authorization) => {
    if (!authorization?.trim()) {
      if (settings.anonymousRead) return ANONYMOUS;
      throw unauthenticated('a bearer token is required (Authorization: Bearer <token>); anonymous reading is off');
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    return verify(match[1]);
  };
}
