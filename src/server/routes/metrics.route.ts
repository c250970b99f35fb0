import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerConfig } from '../../config.js';
import { metricsRegistry } from '../../observability/metrics.js';
import type { Route } from './route.js';

/**
 * `/metrics`: the process's metrics in Prometheus text format, for a scraper. With `METRICS_TOKEN` set, only a
 * request bearing it is answered (Prometheus sends it with `authorization.credentials`); others get 401.
 */
export function metricsRoute({ metricsToken }: Pick<ServerConfig, 'metricsToken'>): Route {
  const expected = metricsToken === null ? null : digest(metricsToken);
  return {
    path: '/metrics',
    probe: true,
    async handle(request, response) {
      if (expected !== null && !bears(request.headers.authorization, expected)) {
        response.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"', 'content-type': 'text/plain; charset=utf-8' });
        response.end('a bearer token (METRICS_TOKEN) is needed for /metrics\n');
        return;
      }
      const text = await metricsRegistry.metrics();
      response.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' });
      response.end(text);
    },
  };
}

// Digests of equal length, so the comparison takes the same time whatever was sent.
const digest = (value: string) => createHash('sha256').update(value).digest();

function bears(authorization: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match !== null && timingSafeEqual(digest(match[1]), expected);
}
