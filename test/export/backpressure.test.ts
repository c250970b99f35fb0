import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendDownload, type DownloadOutcome } from '../../src/export/stream-response.js';

// A download far larger than any socket buffer, to a client that stops reading: the server must stop
// pulling rows (rather than buffer the rest in memory), release the source when the client leaves, and
// give up on a client that reads nothing for the stall timeout.
let pulled = 0;
let released = false;
let stallTimeoutMs = 60_000;
let outcome: DownloadOutcome | undefined;
let endedAt = 0;
let socketDestroyed: boolean | undefined;
let server: Server;

async function* endlessRows(): AsyncGenerator<string> {
  try {
    for (;;) {
      pulled += 1;
      yield `${'x'.repeat(1023)}\n`;
    }
  } finally {
    released = true;
  }
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    outcome = await sendDownload(response, { contentType: 'text/plain', filename: 'x.txt' }, endlessRows(), { stallTimeoutMs });
    endedAt = performance.now();
    socketDestroyed = request.socket.destroyed;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  pulled = 0;
  released = false;
  outcome = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function download(): Promise<IncomingMessage> {
  const { port } = server.address() as AddressInfo;
  const response = await new Promise<IncomingMessage>((resolve) => get(`http://127.0.0.1:${port}/`, resolve));
  response.pause();
  return response;
}

test('a client that stops reading stops the rows; a client that leaves releases them', async () => {
  stallTimeoutMs = 60_000;
  const response = await download();
  await sleep(300);
  const stalled = pulled;
  await sleep(300);
  expect(pulled).toBe(stalled); // waiting for 'drain', not reading on
  expect(stalled).toBeLessThan(100_000); // bounded by socket buffers (a few MB of 1 KB rows), not by the source
  response.destroy();
  for (let wait = 0; !released && wait < 50; wait += 1) await sleep(20);
  expect(released).toBe(true);
  expect(outcome).toBe('client-gone');
});

test('a client that reads nothing for the stall timeout is cut off and the rows released', async () => {
  stallTimeoutMs = 400;
  const started = performance.now();
  const response = await download();
  await sleep(200);
  expect(outcome).toBeUndefined(); // not before the timeout
  expect(released).toBe(false);
  for (let wait = 0; outcome === undefined && wait < 250; wait += 1) await sleep(20);
  expect(outcome).toBe('stalled');
  expect(endedAt - started).toBeGreaterThanOrEqual(400);
  expect(endedAt - started).toBeLessThan(5_000);
  expect(socketDestroyed).toBe(true); // the server's side of the connection is gone
  expect(released).toBe(true); // and the rows were closed before sendDownload returned
  response.destroy();
});
