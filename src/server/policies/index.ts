import type { ServerConfig } from '../../config.js';
import { corsPolicy } from './cors.policy.js';
import type { RequestPolicy } from './policy.js';
import { rateLimitPolicy } from './rate-limit.policy.js';

/**
 * The policies every request passes, in order: CORS first (a browser's preflight is answered without
 * counting against the caller's rate), then the rate limit. Authentication (who is calling) belongs here
 * too, as one more policy, with authorisation in the resolvers.
 */
export function policies(config: ServerConfig): RequestPolicy[] {
  return [corsPolicy(config.corsOrigins), rateLimitPolicy(config)].filter((policy) => policy !== undefined);
}
