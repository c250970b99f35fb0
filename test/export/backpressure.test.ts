import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendDownload } from '../../src/export/stream-response.js';

// A download far larger than any socket buffer, to a client that stops reading: the server must stop
// pulling rows (rather than buffer the rest in memory), and release the source when the client leaves.
let pulled = 0;
let released = false;
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
  server = createServer((_, response) => void sendDownload(response, { contentType: 'text/plain', filename: 'x.txt' }, endlessRows()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a client that stops reading stops the rows; a client that leaves releases them', async () => {
  const { port } = server.address() as AddressInfo;
  const response = await new Promise<IncomingMessage>((resolve) => get(`http://127.0.0.1:${port}/`, resolve));
  response.pause();
  await sleep(300);
  const stalled = pulled;
  await sleep(300);
  expect(pulled).toBe(stalled); // waiting for 'drain', not reading on
  expect(stalled).toBeLessThan(100_000); // bounded by socket buffers (a few MB of 1 KB rows), not by the source
  response.destroy();
  for (let wait = 0; !released && wait < 50; wait += 1) await sleep(20);
  expect(released).toBe(true);
});
