import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { logger } from './observability/logger.js';
import { seedIfEmpty } from './seed-on-start.js';

const startedAt = performance.now();
const config = configFromEnv();
const app = await createApp(config);
if (config.seedOnStart) await seedIfEmpty(app.database, config.seedFolder);
app.http.listen(config.port, config.host, () => {
  const database = config.database.databaseUrl ? 'PostgreSQL' : `PGlite at ${config.database.pgliteDir}`;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const { port } = app.http.address() as AddressInfo;
  logger.info({ port, database, startupSeconds: Number(seconds) }, `ICS needs graph ready in ${seconds}s on ${database}: http://localhost:${port}/graphql`);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${signal} received: finishing in-flight requests`);
    await app.stop();
    process.exit(0);
  });
}
