import { createRequestContext } from '../../graphql/context.js';
import { graphqlEndpoint } from '../graphql-endpoint.js';
import { acceptsHtml } from '../web/accepts-html.js';
import { IDE_POLICY } from '../web/content-security-policy.js';
import { WebBuild } from '../web/web-build.js';
import { authenticatorOf, type Route, type RouteDependencies } from './route.js';

/**
 * `/graphql`: POST and GET GraphQL requests; a browser asking for a page (GET, Accept: text/html) gets the
 * IDE instead, which then talks to this same path. `?query=` on a page request opens that operation in it.
 */
export function graphqlRoute(dependencies: RouteDependencies): Route {
  const { database, apollo, config } = dependencies;
  const authenticate = authenticatorOf(dependencies);
  const graphql = graphqlEndpoint(apollo, {
    maxBodyBytes: config.maxBodyBytes,
    context: async (request) => createRequestContext(database, await authenticate(request.headers.authorization), config.asOfDate),
  });
  const web = new WebBuild(config.webDir);
  return {
    path: '/graphql',
    handle: (request, response, url) =>
      request.method === 'GET' && acceptsHtml(request.headers.accept)
        ? web.sendPage(request, response, 'ide.html', IDE_POLICY)
        : graphql(request, response, url),
  };
}
