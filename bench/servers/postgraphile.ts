/**
 * PostGraphile v5 as the peer in the throughput comparison: the Amber preset over the same PostgreSQL
 * database (DATABASE_URL), served by grafserv on Node's own HTTP server at 127.0.0.1:$PORT/graphql.
 * Bench only; started by bench/run.ts as a child process.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL is required');

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  // Lets `condition` and `orderBy` use any column, as our API's filters do (v5 otherwise offers only
  // indexed columns, and needs.year is not the first column of an index).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server, false);
server.listen(Number(process.env.PORT ?? 5678), process.env.HOST ?? '127.0.0.1');

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void Promise.resolve(pgl.release()).finally(() => process.exit(0));
  });
}
