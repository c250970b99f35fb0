import type { RequestPolicy } from './policy.js';

// Callers send JSON and, once authentication arrives, a bearer token; Apollo clients add their own headers.
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id, apollo-require-preflight, x-apollo-operation-name';
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
// Scripts may read the request id to quote it, and how long to wait after a 429 or 503.
const EXPOSED_HEADERS = 'x-request-id, retry-after';
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Cross-origin access for browser pages on the allowed origins (`CORS_ORIGINS`; `*` allows any). An allowed
 * origin gets `Access-Control-Allow-Origin` on every response and its preflight is answered 204 with the
 * methods and headers it may use; any other origin gets no CORS header at all, so the browser withholds
 * the response. No credentials are allowed: callers authenticate with a header, never cookies.
 */
export function corsPolicy(origins: readonly string[]): RequestPolicy {
  const anyOrigin = origins.includes('*');
  const allowed = new Set(origins.map(normaliseOrigin));
  return (request, response) => {
    const origin = request.headers.origin;
    const permitted = typeof origin === 'string' && (anyOrigin || allowed.has(normaliseOrigin(origin)));
    if (allowed.size > 0) response.setHeader('vary', 'Origin');
    if (permitted) {
      response.setHeader('access-control-allow-origin', anyOrigin ? '*' : origin);
      response.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
    }
    const preflight = request.method === 'OPTIONS' && origin !== undefined && request.headers['access-control-request-method'] !== undefined;
    if (!preflight) return false;
    if (permitted) {
      response.setHeader('access-control-allow-methods', ALLOWED_METHODS);
      response.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
      response.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
    }
    response.writeHead(204).end();
    return true;
  };
}

/** `https://Example.org/` and `https://example.org` are the same origin. */
function normaliseOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}
