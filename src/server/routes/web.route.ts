import { DASHBOARD_POLICY } from '../web/content-security-policy.js';
import { WebBuild } from '../web/web-build.js';
import type { Route, RouteDependencies } from './route.js';

/** `/`: the dashboard is the front page. */
export function homeRoute(): Route {
  return {
    path: '/',
    handle: (_request, response) => {
      response.writeHead(302, { location: '/dashboard', 'cache-control': 'no-cache' });
      response.end();
    },
  };
}

/** `/dashboard`: the gap dashboard page; its data comes from /graphql and /export/. */
export function dashboardRoute({ config }: RouteDependencies): Route {
  const web = new WebBuild(config.webDir);
  return { path: '/dashboard', handle: (request, response) => web.sendPage(request, response, 'dashboard.html', DASHBOARD_POLICY) };
}

/** `/assets/…`: the IDE's and the dashboard's scripts, styles and workers, as built. */
export function assetsRoute({ config }: RouteDependencies): Route {
  const web = new WebBuild(config.webDir);
  return { path: '/assets/', handle: (request, response, url) => web.sendAsset(request, response, url.pathname.slice('/assets/'.length)) };
}
