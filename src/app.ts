import 'reflect-metadata';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { openDatabase, type Database } from './db/database.js';
import { poolStatsOf } from './db/pool-stats.js';
import type { RequestContext } from './graphql/context.js';
import { buildApiSchema } from './graphql/schema.js';
import { watchDatabasePool } from './observability/metrics.js';
import { createApolloServer } from './server/apollo.js';
import { closeGracefully } from './server/graceful-close.js';
import { createHttpServer } from './server/http-server.js';
import { policies } from './server/policies/index.js';
import { routes } from './server/routes/index.js';
import type { ServerConfig } from './config.js';

export interface App {
  database: Database;
  apollo: ApolloServer<RequestContext>;
  http: Server;
  /**
   * Stops accepting, lets in-flight requests finish (connections still open after `graceMs`, default 10 s, are
   * closed), then closes the database. `forced` tells whether any connection had to be closed.
   */
  stop(options?: { graceMs?: number }): Promise<{ forced: boolean }>;
}

/** Wires database, schema, Apollo and HTTP together; does not listen (tests use it in-process). */
export async function createApp(config: ServerConfig, database?: Database): Promise<App> {
  const db = database ?? (await openDatabase(config.database));
  const apollo = createApolloServer(await buildApiSchema(), config);
  await apollo.start();
  const http = createHttpServer(routes({ database: db, apollo, config }), config, policies(config));
  const unwatchPool = watchDatabasePool(await poolStatsOf(db));
  return {
    database: db,
    apollo,
    http,
    async stop({ graceMs = 10_000 } = {}) {
      const closed = await closeGracefully(http, graceMs);
      await apollo.stop();
      unwatchPool();
      await db.close();
      return closed;
    },
  };
}
