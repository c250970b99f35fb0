import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from. Behind a trusted reverse proxy (`TRUST_PROXY=true`) it is the last
 * address in X-Forwarded-For, the one the proxy itself appended; earlier entries are whatever the client
 * wrote and are ignored. Without the setting the header is ignored entirely, so a client cannot choose
 * its own rate-limit key.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  const last = trustProxy && typeof forwarded === 'string' ? forwarded.split(',').at(-1)?.trim() : undefined;
  const address = last || request.socket.remoteAddress || 'unknown';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
