import type { Server } from 'node:http';

/** How often connections that fell idle during a shutdown are closed. */
const SWEEP_MS = 50;

/**
 * Stops accepting connections and lets the requests in flight finish, closing each keep-alive connection as soon
 * as it falls idle; connections still open after `graceMs` are destroyed. Resolves once none remains, telling
 * whether any had to be destroyed. A server that never listened resolves at once.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<{ forced: boolean }> {
  return new Promise((resolve) => {
    let forced = false;
    // Node closes idle connections once, when close() is called; requests finishing later leave theirs idle.
    const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
    const deadline = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve({ forced });
    });
    server.closeIdleConnections();
  });
}
