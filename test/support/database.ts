import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../src/db/database.js';
import { readTestRun, testRunDir, type TestDataset } from './test-run.js';
import { quoteIdent, urlForDatabase, withAdminClient } from './postgres-admin.js';

export interface TestDatabaseOptions {
  dataset?: TestDataset;
  /** Receives every SQL statement, to count statements per request. */
  onQuery?: (sql: string) => void;
  /** `statement_timeout` of every session, in milliseconds; none by default. */
  statementTimeoutMs?: number;
}

/**
 * A database of this test file's own, already migrated: a clone of the run's template on PostgreSQL,
 * or a PGlite instance on a copy of the run's data directory (removed again on close).
 */
export async function openTestDatabase({ dataset = 'empty', onQuery, statementTimeoutMs }: TestDatabaseOptions = {}): Promise<Database> {
  const run = readTestRun();
  if (run.postgres) {
    const name = `${run.postgres.prefix}_${randomUUID().slice(0, 8)}`;
    const template = run.postgres.templates[dataset];
    await withAdminClient(run.postgres.adminUrl, (client) =>
      client.query(`create database ${quoteIdent(name)} template ${quoteIdent(template)}`),
    );
    return openDatabase({ databaseUrl: urlForDatabase(run.postgres.adminUrl, name), onQuery, statementTimeoutMs }, { migrate: false });
  }
  const dataDir = join(testRunDir(), `pglite-${randomUUID()}`);
  cpSync(run.pglite!.dataDirs[dataset], dataDir, { recursive: true });
  const database = await openDatabase({ pgliteDir: dataDir, onQuery, statementTimeoutMs }, { migrate: false });
  return {
    ...database,
    close: async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A database of a test's own for a server in another process: the environment to give it, and how to remove it. */
export interface ChildDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * Like `openTestDatabase`, but left closed for a child process to open (PGlite allows one process per
 * data directory): a clone of the run's template on PostgreSQL, a copy of its data directory on PGlite.
 */
export async function childTestDatabase(dataset: TestDataset = 'empty'): Promise<ChildDatabase> {
  const run = readTestRun();
  if (run.postgres) {
    const { adminUrl, prefix, templates } = run.postgres;
    const name = `${prefix}_${randomUUID().slice(0, 8)}`;
    await withAdminClient(adminUrl, (client) => client.query(`create database ${quoteIdent(name)} template ${quoteIdent(templates[dataset])}`));
    return {
      env: { DATABASE_URL: urlForDatabase(adminUrl, name) },
      drop: () => withAdminClient(adminUrl, (client) => client.query(`drop database if exists ${quoteIdent(name)} with (force)`)).then(() => {}),
    };
  }
  const dataDir = join(testRunDir(), `pglite-${randomUUID()}`);
  cpSync(run.pglite!.dataDirs[dataset], dataDir, { recursive: true });
  return { env: { PGLITE_DIR: dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}
