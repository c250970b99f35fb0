import { constants } from 'node:os';
import type { App } from '../app.js';
import { logger } from '../observability/logger.js';

/**
 * `npm start` forwards a terminal's Ctrl-C to the server, which also receives it from the terminal itself: one
 * key press may arrive as two signals, milliseconds apart. A repeat within this window is that echo, not a
 * second request to stop.
 */
const ECHO_MS = 250;

/** After the grace period, closing the database gets this long before the process exits regardless. */
const CLOSE_DATABASE_MS = 500;

export interface ShutdownOptions {
  /** How long requests in flight get to finish (ms). */
  graceMs: number;
  /** Work to let finish before stopping, within the same grace period (the first start's seeding import). */
  settle?: Promise<unknown>;
  log?: (line: string) => void;
}

/**
 * SIGTERM or SIGINT: stop accepting, let requests in flight finish, close the database, exit 0; connections still
 * open after the grace period are closed. A second signal exits at once with 128 + its number (130 for SIGINT,
 * 143 for SIGTERM), the shell's convention for "killed by that signal".
 */
export function shutdownOnSignals(app: App, { graceMs, settle, log = console.log }: ShutdownOptions): { stopping(): boolean } {
  let first: number | undefined;
  let settled = !settle;
  void settle?.catch(() => {}).finally(() => (settled = true));
  const onSignal = (signal: NodeJS.Signals) => {
    const now = performance.now();
    if (first !== undefined) {
      if (now - first < ECHO_MS) return;
      log(`${signal} received again: exiting now, without waiting for requests in flight`);
      process.exit(128 + constants.signals[signal]);
    }
    first = now;
    // Called before anything is printed, so the port is closed once the message is out.
    const stopping = settled
      ? app.stop({ graceMs })
      : settle!.catch(() => {}).then(() => app.stop({ graceMs: Math.max(0, graceMs - (performance.now() - now)) }));
    log(`${signal} received: finishing requests in flight (at most ${graceMs / 1000} s; send it again to exit at once)`);
    // Closing the database must not hold the exit back (a PostgreSQL query of a closed connection may run on).
    setTimeout(() => {
      log(`stopped after ${seconds(now)} s, before the database had closed`);
      process.exit(0);
    }, graceMs + CLOSE_DATABASE_MS).unref();
    stopping.then(
      ({ forced }) => {
        const closed = forced ? `; connections still open after ${graceMs / 1000} s were closed` : '';
        log(`stopped in ${seconds(now)} s${closed}`);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return { stopping: () => first !== undefined };
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}
