import { adminImportRoute } from './admin-import.route.js';
import { auditRoute } from './audit.route.js';
import { exportRoute } from './export.route.js';
import { graphqlRoute } from './graphql.route.js';
import { livenessRoute, readinessRoute } from './health.route.js';
import { metricsRoute } from './metrics.route.js';
import { authenticatorOf, type Route, type RouteDependencies } from './route.js';
import { assetsRoute, dashboardRoute, homeRoute } from './web.route.js';

/** The HTTP surface, one route per concern; the first route whose path matches answers. */
export function routes(given: RouteDependencies): Route[] {
  // One authenticator for every route, so the identity provider's keys are fetched and cached once.
  const dependencies = { ...given, authenticate: authenticatorOf(given) };
  return [
    graphqlRoute(dependencies),
    livenessRoute(),
    readinessRoute(dependencies),
    adminImportRoute(dependencies),
    auditRoute(dependencies),
    exportRoute(dependencies),
    dashboardRoute(dependencies),
    assetsRoute(dependencies),
    homeRoute(),
    metricsRoute(dependencies.config),
  ];
}
