import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { ServerConfig } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { RequestContext } from '../../graphql/context.js';
import { authenticator, type Authenticator } from '../../auth/authenticate.js';
import { tokenVerifier } from '../../auth/token-verifier.js';

/** What every route may use: the database, the GraphQL server and the configuration. */
export interface RouteDependencies {
  database: Database;
  apollo: ApolloServer<RequestContext>;
  config: ServerConfig;
  /** Who a request comes from, by its Authorization header (src/auth); built from `config.auth` when not given. */
  authenticate?: Authenticator;
}

/** The dependencies' authenticator, or one built from the configuration. */
export function authenticatorOf({ authenticate, config }: RouteDependencies): Authenticator {
  return authenticate ?? authenticator(config.auth, tokenVerifier(config.auth));
}

/** One part of the HTTP surface: the paths it answers, its idle limit and its handler. */
export interface Route {
  /** An exact path (`/graphql`, and `/` itself) or, ending in `/`, a prefix (`/export/`). */
  path: string;
  /** Idle limit for this route's requests, when it differs from the server's (streamed exports). */
  timeoutMs?: number;
  /** A health check or metrics scrape: never rate limited, access-logged at debug only. */
  probe?: boolean;
  handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> | void;
}

export function routeMatches(route: Route, pathname: string): boolean {
  const prefix = route.path.endsWith('/') && route.path !== '/';
  return prefix ? pathname.startsWith(route.path) : pathname === route.path;
}
