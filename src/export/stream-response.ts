import type { ServerResponse } from 'node:http';
import type { Database } from '../db/database.js';

export interface Download {
  contentType: string;
  filename: string;
}

/** A file ready to send: its first rows are already read, and reading `chunks` to the end (or stopping) closes its cursor. */
export interface ExportFile {
  download: Download;
  chunks: AsyncIterable<string>;
}

/**
 * An export whose parameters have been read and found good: computing it is all that is left. `signal` aborts
 * when the client goes away, for an export that computes in steps before its first row.
 */
export type PreparedExport = (database: Database, signal?: AbortSignal) => Promise<ExportFile>;

/** The client went away mid-download; nothing is left to answer. */
class ClientGone extends Error {}

/**
 * Waits for the first item of `source`, so an error found by it (a bad parameter, an unknown code) is
 * thrown before any header is sent; then gives every item, the first included. The source is closed
 * (its SQL cursor released) however the consumer stops.
 */
export async function primed<T>(source: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (let next = first; !next.done; next = await iterator.next()) yield next.value;
      } finally {
        await iterator.return?.();
      }
    },
  };
}

/** How a download ended: sent whole, the client left, or the client stopped reading and was cut off. */
export type DownloadOutcome = 'sent' | 'client-gone' | 'stalled';

/**
 * Sends `chunks` as a file download, chunk by chunk: when the socket's buffer is full it waits for
 * 'drain' before pulling the next chunk, so memory stays flat however large the export and however
 * slow the client. A client that disconnects stops the export (and its cursor) quietly. A client that
 * reads nothing for `stallTimeoutMs` (the buffer stays full, or the last bytes stay unsent) has its
 * socket destroyed and the export stopped, so it cannot hold a database connection indefinitely.
 * `caching`: its Cache-Control and ETag (none kept, by default).
 */
export async function sendDownload(
  response: ServerResponse,
  download: Download,
  chunks: AsyncIterable<string>,
  { stallTimeoutMs }: { stallTimeoutMs: number },
  caching: Record<string, string> = { 'cache-control': 'no-store' },
): Promise<DownloadOutcome> {
  response.writeHead(200, {
    'content-type': download.contentType,
    'content-disposition': `attachment; filename="${download.filename}"`,
    'x-content-type-options': 'nosniff',
    ...caching,
  });
  try {
    // Leaving this loop early closes `chunks`, and with them the rows' cursor, before returning.
    for await (const chunk of chunks) {
      if (response.destroyed) throw new ClientGone();
      if (!response.write(chunk)) await clientProgress(response, 'drain', stallTimeoutMs);
    }
    response.end();
    if (!response.writableFinished) await clientProgress(response, 'finish', stallTimeoutMs);
    return 'sent';
  } catch (error) {
    if (error instanceof ClientStalled) return 'stalled';
    if (error instanceof ClientGone) return 'client-gone';
    throw error;
  }
}

/** The client read nothing for the stall timeout; its socket is destroyed. */
class ClientStalled extends Error {}

/** Waits for `event` ('drain': room in the buffer; 'finish': the last bytes sent), at most `stallTimeoutMs`. */
function clientProgress(response: ServerResponse, event: 'drain' | 'finish', stallTimeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (response.destroyed) return reject(new ClientGone());
    const onProgress = () => settle(resolve);
    const onClose = () => settle(() => reject(new ClientGone()));
    const stalled = setTimeout(() => settle(() => {
      response.destroy();
      reject(new ClientStalled());
    }), stallTimeoutMs);
    const settle = (then: () => void) => {
      clearTimeout(stalled);
      response.off(event, onProgress).off('close', onClose);
      then();
    };
    response.once(event, onProgress).once('close', onClose);
  });
}
