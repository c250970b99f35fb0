import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The server as `npm start` runs it (src/main.ts, this Node), in its own process on a loopback port. */
export interface ChildServer {
  baseUrl: string;
  /** True while the process runs. */
  alive(): boolean;
  /** Every JSON log line the process wrote to stdout so far. */
  logLines(): Record<string, unknown>[];
  /** Everything it wrote to stderr. */
  errorOutput(): string;
  stop(): Promise<void>;
}

/**
 * Starts the server with `env` added to this process's environment (PORT 0: the kernel picks a free
 * port, read back from the "ready" log line) and waits until it listens.
 */
export async function startChildServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, SEED_ON_START: 'false', LOG_LEVEL: 'info', ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let pending = '';
  let stderr = '';
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => (exited = true));
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  const port = new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = pending + chunk.toString();
      const complete = text.split('\n');
      pending = complete.pop()!;
      for (const line of complete) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (typeof entry.port === 'number') resolve(entry.port);
      }
    });
    void exit.then(() => reject(new Error(`server exited before listening:\n${stderr.slice(-3000)}`)));
    setTimeout(() => reject(new Error(`server not listening after ${timeoutMs} ms:\n${stderr.slice(-3000)}`)), timeoutMs).unref();
  });
  const server: ChildServer = {
    baseUrl: '',
    alive: () => !exited,
    logLines: () => lines,
    errorOutput: () => stderr,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(force);
    },
  };
  try {
    server.baseUrl = `http://127.0.0.1:${await port}`;
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
