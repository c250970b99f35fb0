import type { ChildServer } from '../lib/child-server.js';
import { firstLine } from '../lib/features.js';
import { drain, send } from '../lib/http.js';
import { round } from '../lib/stats.js';

export interface ExportStreamFigure {
  database: string;
  path: string;
  status?: number;
  lines?: number;
  bytes?: number;
  /** From the request to the first byte of the file. */
  firstByteMs?: number | null;
  /** From the request to the last byte, or to the client giving up (`complete` false). */
  totalMs?: number;
  complete?: boolean;
  /** `/healthz` polled while the export ran: how many answered, and the slowest (an unanswered poll counts its wait so far). */
  healthz?: { polls: number; maxMs: number; p50Ms: number };
  error?: string;
}

/** Time between one `/healthz` answer and the next poll. */
const POLL_GAP_MS = 200;

/**
 * Downloads an export (discarding it) and times its first and last byte, giving up after `limitSeconds`.
 * With `watchHealthz`, polls `/healthz` one request at a time for as long as the export runs: on PGlite the
 * database runs inside the server's process, so a long statement there stalls everything the process serves.
 */
export async function measureExportStream(
  database: string,
  server: ChildServer,
  path: string,
  limitSeconds: number,
  watchHealthz: boolean,
): Promise<ExportStreamFigure> {
  const figure: ExportStreamFigure = { database, path };
  try {
    let running = true;
    const waits: number[] = [];
    let pending: number | null = null;
    let pollError: unknown = null;
    const poller = (async () => {
      while (watchHealthz && running) {
        pending = performance.now();
        const { status, ms } = await send(`${server.baseUrl}/healthz`);
        pending = null;
        if (status !== 200) throw new Error(`/healthz answered ${status}`);
        waits.push(ms);
        await new Promise((resolve) => setTimeout(resolve, POLL_GAP_MS));
      }
    })().catch((error: unknown) => {
      pollError = error;
    });
    const result = await drain(`${server.baseUrl}${path}`, limitSeconds * 1000);
    running = false;
    const stillWaiting = pending === null ? 0 : performance.now() - pending;
    Object.assign(figure, {
      status: result.status,
      lines: result.lines,
      bytes: result.bytes,
      firstByteMs: result.firstByteMs === null ? null : round(result.firstByteMs, 0),
      totalMs: round(result.ms, 0),
      complete: !result.gaveUp && result.status === 200,
    });
    if (watchHealthz) {
      // A poll stuck behind a stalled process answers once the export is cancelled: do not wait for it.
      await Promise.race([poller, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      const sorted = [...waits].sort((a, b) => a - b);
      figure.healthz = {
        polls: waits.length,
        maxMs: round(Math.max(stillWaiting, ...waits, 0), 0),
        p50Ms: round(sorted[Math.floor(sorted.length / 2)] ?? stillWaiting, 0),
      };
    }
    if (pollError) figure.error = `healthz: ${firstLine(pollError)}`;
    else if (result.gaveUp) figure.error = `incomplete: the client gave up after ${limitSeconds} s (${result.status ? `HTTP ${result.status}, first byte after ${round((result.firstByteMs ?? 0) / 1000, 1)} s` : 'no response yet'})`;
    else if (result.status !== 200) figure.error = `HTTP ${result.status}`;
  } catch (error) {
    figure.error = firstLine(error);
  }
  return figure;
}
