import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { sharedSecretOf, type AuthSettings } from './auth-settings.js';
import type { Caller } from './caller.js';
import { unauthenticated } from './auth-errors.js';
import { ROLES, type Role } from './role.js';

/** Turns a bearer token into the caller it names, or throws UNAUTHENTICATED saying why it was refused. */
export type TokenVerifier = (token: string) => Promise<Caller>;

/**
 * Verifies with the identity provider's JWKS (keys fetched and cached by jose, refetched when a token names an
 * unknown key) or with the shared HS256 secret; the issuer and audience are checked when configured.
 */
export function tokenVerifier(settings: AuthSettings, env: NodeJS.ProcessEnv = process.env): TokenVerifier {
  const secret = sharedSecretOf(settings, env);
  const key: JWTVerifyGetKey | Uint8Array | null = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : secret
      ? new TextEncoder().encode(secret)
      : null;
  const options = {
    ...(settings.issuer ? { issuer: settings.issuer } : {}),
    ...(settings.audience ? { audience: settings.audience } : {}),
    ...(settings.jwksUrl ? {} : { algorithms: ['HS256'] }),
  };
  return async (token) => {
    if (!key) throw unauthenticated('tokens are not accepted: set AUTH_JWKS_URL or AUTH_JWT_SECRET');
    let payload: JWTPayload;
    try {
      payload = (key instanceof Uint8Array ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options)).payload;
    } catch (error) {
      throw unauthenticated(`the bearer token is not accepted: ${refusal(error)}`);
    }
    return callerOf(payload);
  };
}

/** Why jose refused a token, in words safe to send back (never the key or the token). */
function refusal(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `its "${error.claim}" claim is not the one expected`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'its signing algorithm is not accepted';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no published key matches it';
  if (error instanceof errors.JOSEError) return 'it is not a valid signed token';
  throw error;
}

/** The caller a verified token names: `sub` is required; unknown roles are ignored; ICS codes are upper case. */
export function callerOf(payload: JWTPayload): Caller {
  if (typeof payload.sub !== 'string' || !payload.sub) throw unauthenticated('the bearer token has no "sub" claim');
  const roles = listClaim(payload.roles).filter((role): role is Role => (ROLES as string[]).includes(role));
  const ics = listClaim(payload.ics).map((code) => code.toUpperCase());
  const name = typeof payload.name === 'string' ? payload.name : null;
  return { sub: payload.sub, name, roles: [...new Set(roles)], ics: [...new Set(ics)] };
}

/** A claim given as an array of strings or as one space- or comma-separated string. */
function listClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}
