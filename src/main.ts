import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { PgliteFolderInUse } from './db/pglite-lock.js';
import { keepFindingsCurrent } from './gap/maintained/keep-current.js';
import { logger } from './observability/logger.js';
import { seedIfEmpty } from './seed-on-start.js';
import { shutdownOnSignals } from './server/shutdown.js';

const startedAt = performance.now();
const config = configFromEnv();
const app = await createApp(config).catch((error: unknown) => {
  if (!(error instanceof PgliteFolderInUse)) throw error;
  logger.error(error.message);
  process.exit(2);
});
const seeding = config.seedOnStart ? seedIfEmpty(app.database, config.seedFolder) : Promise.resolve();
const shutdown = shutdownOnSignals(app, { graceMs: config.shutdownTimeoutMs, settle: seeding, log: (message) => logger.info(message) });
await seeding;
if (!shutdown.stopping()) {
  listen();
  // With MAINTAINED_GAP_FINDINGS=on: re-derived when the date of reading turns (nothing otherwise).
  keepFindingsCurrent(app.database, config.asOfDate);
}

function listen(): void {
  app.http.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    logger.error(`Port ${config.port} is in use by another process: stop it, or start on another port (PORT=4001 npm start).`);
    void app.stop().finally(() => process.exit(2));
  });
  app.http.listen(config.port, config.host, () => {
    const database = config.database.databaseUrl ? 'PostgreSQL' : `PGlite at ${config.database.pgliteDir}`;
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    const { port } = app.http.address() as AddressInfo;
    logger.info({ port, database, startupSeconds: Number(seconds) }, `ICS needs graph ready in ${seconds}s on ${database}: http://localhost:${port}/dashboard (IDE: /graphql)`);
  });
}
