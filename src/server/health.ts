import type { ServerResponse } from 'node:http';
import { isReady, type Database } from '../db/database.js';
import { sendJson } from './graphql-endpoint.js';

/** `/healthz`: the process is up. Says nothing about the database, so orchestrators do not restart on a DB blip. */
export function liveness(response: ServerResponse): void {
  sendJson(response, 200, { status: 'ok' });
}

/**
 * `/readyz`: the database answers within `timeoutMs` and every migration is applied; 503 otherwise. The
 * limit means a probe gets an answer even from a database host that has stopped answering.
 */
export async function readiness(database: Database, response: ServerResponse, timeoutMs: number): Promise<void> {
  const ready = await within(timeoutMs, isReady(database));
  sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
}

/** The check's answer, or false when it has not answered in time (it may still finish, unobserved). */
async function within(ms: number, check: Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([check, late]);
  } finally {
    clearTimeout(timer);
  }
}
