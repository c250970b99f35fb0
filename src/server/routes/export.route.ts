import { EXPORT_PREFIX, exportRoute as exportHandler } from '../../export/export-route.js';
import type { Route, RouteDependencies } from './route.js';

/** `/export/…`: flat CSV and JSON for BI tools; streams may run far longer than a query. */
export function exportRoute({ database, config }: RouteDependencies): Route {
  return { path: EXPORT_PREFIX, timeoutMs: config.exportTimeoutMs, handle: exportHandler(database) };
}
