import { exportRoute } from './export.route.js';
import { graphqlRoute } from './graphql.route.js';
import { livenessRoute, readinessRoute } from './health.route.js';
import { metricsRoute } from './metrics.route.js';
import type { Route, RouteDependencies } from './route.js';
import { assetsRoute, dashboardRoute, homeRoute } from './web.route.js';

/** The HTTP surface, one route per concern; the first route whose path matches answers. */
export function routes(dependencies: RouteDependencies): Route[] {
  return [
    graphqlRoute(dependencies),
    livenessRoute(),
    readinessRoute(dependencies),
    exportRoute(dependencies),
    dashboardRoute(dependencies),
    assetsRoute(dependencies),
    homeRoute(),
    metricsRoute(),
  ];
}
