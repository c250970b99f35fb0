import type { ServerResponse } from 'node:http';

export interface Download {
  contentType: string;
  filename: string;
}

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

/**
 * Sends `chunks` as a file download, chunk by chunk: when the socket's buffer is full it waits for
 * 'drain' before pulling the next chunk, so memory stays flat however large the export and however
 * slow the client. A client that disconnects stops the export (and its cursor) quietly.
 */
export async function sendDownload(response: ServerResponse, download: Download, chunks: AsyncIterable<string>): Promise<void> {
  response.writeHead(200, {
    'content-type': download.contentType,
    'content-disposition': `attachment; filename="${download.filename}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  try {
    for await (const chunk of chunks) {
      if (response.destroyed) throw new ClientGone();
      if (!response.write(chunk)) await drained(response);
    }
    response.end();
  } catch (error) {
    if (!(error instanceof ClientGone)) throw error;
  }
}

function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    if (response.destroyed) return reject(new ClientGone());
    const onDrain = () => settle(resolve);
    const onClose = () => settle(() => reject(new ClientGone()));
    const settle = (then: () => void) => {
      response.off('drain', onDrain).off('close', onClose);
      then();
    };
    response.once('drain', onDrain).once('close', onClose);
  });
}
