import 'reflect-metadata';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { openDatabase, type Database } from './db/database.js';
import { poolStatsOf } from './db/pool-stats.js';
import type { RequestContext } from './graphql/context.js';
import { buildApiSchema } from './graphql/schema.js';
import { watchDatabasePool } from './observability/metrics.js';
import { createApolloServer } from './server/apollo.js';
import { createHttpServer } from './server/http-server.js';
import { policies } from './server/policies/index.js';
import { routes } from './server/routes/index.js';
import type { ServerConfig } from './config.js';

export interface App {
  database: Database;
  apollo: ApolloServer<RequestContext>;
  http: Server;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
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
    async stop() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeIdleConnections();
      });
      await apollo.stop();
      unwatchPool();
      await db.close();
    },
  };
}
