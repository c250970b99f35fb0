import type { ServerResponse } from 'node:http';
import { isReady, type Database } from '../db/database.js';
import { sendJson } from './graphql-endpoint.js';

/** Longest a readiness check waits for the database: an orchestrator's probe must get an answer, not hang. */
export const READINESS_TIMEOUT_MS = 3000;

/** `/healthz`: the process is up. Says nothing about the database, so orchestrators do not restart on a DB blip. */
export function liveness(response: ServerResponse): void {
  sendJson(response, 200, { status: 'ok' });
}

/** `/readyz`: the database answers within the time limit and every migration is applied; 503 otherwise. */
export async function readiness(database: Database, response: ServerResponse): Promise<void> {
  const ready = await within(READINESS_TIMEOUT_MS, isReady(database));
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
