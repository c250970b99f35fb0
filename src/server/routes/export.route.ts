import { EXPORT_PREFIX, exportRoute as exportHandler } from '../../export/export-route.js';
import { exportStarted } from '../../observability/metrics.js';
import type { Route, RouteDependencies } from './route.js';

/** `/export/…`: flat CSV and JSON for BI tools; streams may run far longer than a query. */
export function exportRoute({ database, config }: RouteDependencies): Route {
  const handle = exportHandler(database);
  return {
    path: EXPORT_PREFIX,
    timeoutMs: config.exportTimeoutMs,
    async handle(request, response, url) {
      const ended = exportStarted();
      try {
        await handle(request, response, url);
      } finally {
        ended();
      }
    },
  };
}
