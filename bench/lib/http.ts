import { Agent, request } from 'node:http';

/** One keep-alive connection pool for every timed request, so connection set-up is not measured. */
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

export interface HttpResult {
  status: number;
  body: Buffer;
  ms: number;
}

/** Sends a request and reads the whole response; `ms` runs from the call to the last byte. */
export function send(url: string, { method = 'GET', body, headers = {} }: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<HttpResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface Drained {
  status: number;
  bytes: number;
  lines: number;
  ms: number;
  /** From the request to the first byte of the body (null when none arrived). */
  firstByteMs: number | null;
  contentType: string;
  /** True when the client gave up after `limitMs` (the figures are what had arrived by then). */
  gaveUp: boolean;
}

/** Streams a response to nowhere, counting bytes and lines (for large CSV exports), for at most `limitMs`. */
export function drain(url: string, limitMs: number): Promise<Drained> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let status = 0;
    let bytes = 0;
    let lines = 0;
    let contentType = '';
    let firstByteMs: number | null = null;
    let settled = false;
    const finish = (gaveUp: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ status, bytes, lines, ms: performance.now() - started, firstByteMs, contentType, gaveUp });
    };
    // Its own connection, not the keep-alive pool: a request given up on is destroyed.
    const req = request(url, { agent: false }, (res) => {
      status = res.statusCode ?? 0;
      contentType = String(res.headers['content-type'] ?? '');
      res.on('data', (chunk: Buffer) => {
        firstByteMs ??= performance.now() - started;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
      });
      res.on('end', () => finish(false));
      res.on('error', (error) => (settled ? undefined : reject(error)));
    });
    const timer = setTimeout(() => {
      finish(true);
      req.destroy();
    }, limitMs);
    req.on('error', (error) => (settled ? undefined : reject(error)));
    req.end();
  });
}

export interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL operation; throws with the server's message when it answers with errors. */
export async function graphql(
  endpoint: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ json: GraphQLResponse; ms: number; bytes: number }> {
  const { status, body, ms } = await send(endpoint, { method: 'POST', body: JSON.stringify({ query, variables }), headers });
  let json: GraphQLResponse;
  try {
    json = JSON.parse(body.toString('utf8')) as GraphQLResponse;
  } catch {
    const text = body.toString('utf8').trim();
    throw new Error(`HTTP ${status} after ${(ms / 1000).toFixed(1)} s${text ? `: ${text.slice(0, 200)}` : ' with an empty body'}`);
  }
  if (json.errors?.length) throw new Error(`GraphQL error (HTTP ${status}): ${json.errors.map((e) => e.message).join('; ').slice(0, 300)}`);
  if (status !== 200) throw new Error(`HTTP ${status}`);
  return { json, ms, bytes: body.length };
}

export function closeAgent(): void {
  agent.destroy();
}
