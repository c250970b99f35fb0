import { liveness, readiness } from '../health.js';
import type { Route, RouteDependencies } from './route.js';

/** `/healthz`: the process is up. */
export function livenessRoute(): Route {
  return { path: '/healthz', probe: true, handle: (_request, response) => liveness(response) };
}

/** `/readyz`: the database answers and no migration is pending. */
export function readinessRoute({ database, config }: RouteDependencies): Route {
  return { path: '/readyz', probe: true, handle: (_request, response) => readiness(database, response, config.readinessTimeoutMs) };
}
