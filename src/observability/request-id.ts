import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

// A caller's or proxy's id is kept when it is short and plain (UUIDs, trace ids, base64), so it can be
// echoed in a header and searched in logs; anything else is replaced.
const SANE_REQUEST_ID = /^[A-Za-z0-9._~:@=+\/-]{1,128}$/;

/** The incoming `x-request-id` when it is sane, else a fresh UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
