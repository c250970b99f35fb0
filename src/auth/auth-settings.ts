/** How callers are authenticated: the AUTH_* and ANONYMOUS_READ variables. */
export interface AuthSettings {
  /** `AUTH_JWKS_URL`: the identity provider's published keys; tokens must be signed by one of them. */
  jwksUrl: string | null;
  /** `AUTH_JWT_SECRET`: a shared HS256 secret (tests, small deployments). */
  jwtSecret: string | null;
  /** `AUTH_ISSUER` / `AUTH_AUDIENCE`: checked against `iss` / `aud` when set. */
  issuer: string | null;
  audience: string | null;
  /** `ANONYMOUS_READ` (default true): reads without a token are allowed. */
  anonymousRead: boolean;
}

/**
 * The secret `npm run token` signs with, and the server accepts, only when neither AUTH_JWKS_URL nor
 * AUTH_JWT_SECRET is set and NODE_ENV is not `production`: a laptop can try the write API with no setup, and
 * a deployment that configures either (or runs in production) never accepts a token signed with this
 * published value.
 */
export const DEVELOPMENT_SECRET = 'ics-needs-graph-local-development-secret-not-for-deployment';

export function authSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  return {
    jwksUrl: env.AUTH_JWKS_URL?.trim() || null,
    jwtSecret: env.AUTH_JWT_SECRET || null,
    issuer: env.AUTH_ISSUER?.trim() || null,
    audience: env.AUTH_AUDIENCE?.trim() || null,
    anonymousRead: env.ANONYMOUS_READ?.trim().toLowerCase() !== 'false',
  };
}

/** The HS256 secret tokens are verified with: the configured one, the development one, or none (JWKS, production). */
export function sharedSecretOf(settings: AuthSettings, env: NodeJS.ProcessEnv = process.env): string | null {
  if (settings.jwksUrl) return null;
  if (settings.jwtSecret) return settings.jwtSecret;
  return env.NODE_ENV === 'production' ? null : DEVELOPMENT_SECRET;
}
