import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { printSchema, type GraphQLSchema } from 'graphql';
import { readDataVersion } from '../coverage/data-version.js';
import type { RequestContext } from '../graphql/context.js';
import { ifNoneMatchHolds } from './if-none-match.js';
import { scenarioStamp } from '../scenario/scenario-store.sql.js';

/**
 * HTTP caching of GET /graphql, told truthfully. A successful GET query answer may be kept by any cache for
 * `maxAgeSeconds` and carries an ETag made of the data version (incremented by every import) and a hash of the
 * schema (so a release that changes it invalidates); a request whose If-None-Match holds the current ETag is
 * answered 304 after validation, without executing the query. Errors and POST answers are `no-store`.
 * The data version is read per request, so an import by another process is seen by the very next request.
 */
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export function httpCachePlugin(schema: GraphQLSchema, maxAgeSeconds: number): ApolloServerPlugin<RequestContext> {
  const schemaTag = digest(printSchema(schema));
  const cacheable = `public, max-age=${maxAgeSeconds}`;
  return {
    async requestDidStart({ request, contextValue }) {
      if (request.http?.method !== 'GET') return { willSendResponse: async ({ response }) => void response.http.headers.set('cache-control', 'no-store') };
      const { version } = await readDataVersion(contextValue.sql);
      // A query naming a scenario (an argument, or the scenarios themselves) also changes when a scenario does.
      const scenarios = /scenario/i.test(request.query ?? '') ? `-s${digest(await scenarioStamp(contextValue.sql))}` : '';
      const etag = `W/"d${version}-${schemaTag}${scenarios}"`;
      return {
        async responseForOperation({ request: { http } }): Promise<GraphQLResponse | null> {
          if (!ifNoneMatchHolds(http?.headers.get('if-none-match'), etag)) return null;
          return { http: { status: 304, headers: new HeaderMap() }, body: { kind: 'single', singleResult: {} } };
        },
        async willSendResponse({ response }) {
          const succeeded =
            response.body.kind === 'single' && !response.body.singleResult.errors && (response.http.status ?? 200) < 400;
          if (!succeeded) return void response.http.headers.set('cache-control', 'no-store');
          // An answer to a caller with a token may hold what only that caller may read: no shared cache keeps it.
          const signedIn = contextValue.caller.sub !== null;
          response.http.headers.set('cache-control', signedIn ? cacheable.replace('public', 'private') : cacheable);
          response.http.headers.set('vary', 'authorization');
          response.http.headers.set('etag', etag);
        },
      };
    },
  };
}
