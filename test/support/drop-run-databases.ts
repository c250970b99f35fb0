import { readTestRun } from './test-run.js';
import { quoteIdent, withAdminClient } from './postgres-admin.js';

/** Drops every database this run created, so runs never see each other's data. */
async function dropRunDatabases(): Promise<void> {
  const { postgres } = readTestRun();
  if (!postgres) return;
  await withAdminClient(postgres.adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${postgres.prefix}%`],
    );
    for (const { datname } of rows) await client.query(`drop database if exists ${quoteIdent(datname)} with (force)`);
  });
}
await dropRunDatabases();
