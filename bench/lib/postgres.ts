import pg from 'pg';

/** The local PostgreSQL the suite creates its databases in (trust auth on these machines). */
export const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const created = new Set<ScratchDatabase>();

function urlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** True when the local PostgreSQL answers. */
export async function postgresAvailable(): Promise<string | null> {
  try {
    return await admin(async (client) => (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v);
  } catch {
    return null;
  }
}

/** A fresh, empty database for this run; dropped by drop() or dropAll() (also on Ctrl-C). */
export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const name = `bench_${label}_${process.pid}_${Date.now().toString(36)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  await admin((client) => client.query(`create database "${name}"`));
  const database: ScratchDatabase = {
    name,
    url: urlFor(name),
    async drop() {
      if (!created.delete(database)) return;
      await admin((client) => client.query(`drop database if exists "${name}" with (force)`));
    },
  };
  created.add(database);
  return database;
}

export async function dropAll(): Promise<void> {
  for (const database of [...created]) await database.drop().catch(() => {});
}

/**
 * Cancels the statements still running in one of this run's databases (e.g. an export the client gave
 * up on, which the server would otherwise go on computing while the next figure is timed).
 */
export async function cancelRunningStatements(database: ScratchDatabase): Promise<number> {
  return admin(async (client) => {
    const result = await client.query(
      `select pg_cancel_backend(pid) from pg_stat_activity
       where datname = $1 and state = 'active' and pid <> pg_backend_pid()`,
      [database.name],
    );
    return result.rowCount ?? 0;
  });
}
