import type { ServerResponse } from 'node:http';
import { isReady, type Database } from '../db/database.js';
import { sendJson } from './graphql-endpoint.js';

/** `/healthz`: the process is up. Says nothing about the database, so orchestrators do not restart on a DB blip. */
export function liveness(response: ServerResponse): void {
  sendJson(response, 200, { status: 'ok' });
}

/** `/readyz`: the database answers and every migration is applied; 503 otherwise. */
export async function readiness(database: Database, response: ServerResponse): Promise<void> {
  const ready = await isReady(database);
  sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
}
