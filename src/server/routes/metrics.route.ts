import { metricsRegistry } from '../../observability/metrics.js';
import type { Route } from './route.js';

/** `/metrics`: the process's metrics in Prometheus text format, for a scraper. */
export function metricsRoute(): Route {
  return {
    path: '/metrics',
    probe: true,
    async handle(_request, response) {
      const text = await metricsRegistry.metrics();
      response.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' });
      response.end(text);
    },
  };
}
