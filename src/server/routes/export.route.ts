import { driverOf } from '../../db/pool.js';
import { exportLimits } from '../../export/export-limits.js';
import { EXPORT_PREFIX, exportRoute as exportHandler } from '../../export/export-route.js';
import { exportStarted } from '../../observability/metrics.js';
import { GraphQLError } from 'graphql';
import { sendJson } from '../graphql-endpoint.js';
import { authenticatorOf, type Route, type RouteDependencies } from './route.js';

/**
 * `/export/…`: flat CSV and JSON for BI tools. A few stream at once (EXPORT_MAX_CONCURRENT), each
 * cancelled when its client stops reading (EXPORT_STALL_TIMEOUT_MS); the socket may stay idle for
 * EXPORT_TIMEOUT_MS while the database computes, far longer than a query. Files carry an ETag and the same
 * Cache-Control as GET /graphql (HTTP_CACHE_MAX_AGE); a matching If-None-Match is a 304 without running the export.
 */
export function exportRoute(dependencies: RouteDependencies): Route {
  const { database, config } = dependencies;
  const authenticate = authenticatorOf(dependencies);
  const handle = exportHandler(database, exportLimits(config, driverOf(database)), config.asOfDate, config.httpCacheMaxAge);
  return {
    path: EXPORT_PREFIX,
    timeoutMs: config.exportTimeoutMs,
    async handle(request, response, url) {
      // Exports are reads: open while ANONYMOUS_READ is on, else (or with a bad token) 401 as for /graphql.
      try {
        await authenticate(request.headers.authorization);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        return sendJson(response, 401, { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
      }
      const ended = exportStarted();
      try {
        await handle(request, response, url);
      } finally {
        ended();
      }
    },
  };
}
