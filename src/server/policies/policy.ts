import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../routes/route.js';

/**
 * A rule every request passes before its route: it may add headers, or answer the request itself
 * (a CORS preflight, a 429) and return true so no route runs.
 */
export type RequestPolicy = (
  request: IncomingMessage,
  response: ServerResponse,
  route: Route | undefined,
) => boolean | Promise<boolean>;
