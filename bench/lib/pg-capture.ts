import pg from 'pg';

/** One statement as the pg driver received it, with its bind values and how long it took. */
export interface CapturedStatement {
  text: string;
  values: unknown[];
  ms: number;
}

let recording: CapturedStatement[] | null = null;
let installed = false;
/** `SET …` statements any pg session in this process sent (e.g. a pool's per-connection setup). */
const sessionSettings = new Set<string>();

/**
 * The session settings the server's pool applied to its connections (seen at the driver), so a floor
 * session can run the same statements under the same settings (e.g. `set jit = off`).
 */
export function capturedSessionSettings(): string[] {
  return [...sessionSettings];
}

/**
 * Wraps pg's Client#query (the driver MikroORM's PostgreSQL driver uses, through Kysely) so the exact
 * statements and bind values of a request can be recorded, then replayed straight through the driver
 * as the raw-SQL floor. Costs one branch per query when not recording.
 */
export function installPgCapture(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function patchedQuery(this: pg.Client, ...args: unknown[]) {
    const list = recording;
    const result = original.apply(this, args);
    const [config, values] = args as [string | { text?: string; values?: unknown[]; submit?: unknown }, unknown];
    const text = typeof config === 'string' ? config : (config?.text ?? '');
    if (/^\s*set\s/i.test(text)) sessionSettings.add(text.trim());
    if (!list) return result;
    const bound = (typeof config === 'object' && config?.values) || (Array.isArray(values) ? values : []);
    const entry: CapturedStatement = { text, values: bound as unknown[], ms: 0 };
    list.push(entry);
    const started = performance.now();
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(
        () => (entry.ms = performance.now() - started),
        () => (entry.ms = performance.now() - started),
      );
    }
    return result;
  } as typeof pg.Client.prototype.query;
}

export async function capturePg<T>(work: () => Promise<T>): Promise<{ result: T; statements: CapturedStatement[] }> {
  installPgCapture();
  const statements: CapturedStatement[] = [];
  recording = statements;
  try {
    const result = await work();
    return { result, statements };
  } finally {
    recording = null;
  }
}
