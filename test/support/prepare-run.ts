import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/database.js';
import { testRunDir, writeTestRun, type TestDataset } from './test-run.js';
import { quoteIdent, urlForDatabase, withAdminClient } from './postgres-admin.js';
import { loadTestDataset } from './datasets.js';

/**
 * Migrates once per run and keeps the result as a template: a template database on PostgreSQL
 * (each test file clones it), a data directory on PGlite (each test file starts from a copy of it).
 * PGlite start-up and migration cost seconds; cloning costs a fraction of that.
 */
async function prepareRun(): Promise<void> {
  const datasets: TestDataset[] = ['empty', 'demo'];
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const prefix = `ics_test_${Date.now().toString(36)}_${process.pid}`;
    const templates = {} as Record<TestDataset, string>;
    for (const dataset of datasets) {
      const name = `${prefix}_tpl_${dataset}`;
      await withAdminClient(databaseUrl, (client) => client.query(`create database ${quoteIdent(name)}`));
      const database = await openDatabase({ databaseUrl: urlForDatabase(databaseUrl, name) });
      await loadTestDataset(database, dataset);
      await database.close();
      templates[dataset] = name;
    }
    writeTestRun({ postgres: { adminUrl: databaseUrl, prefix, templates } });
    return;
  }
  const dataDirs = {} as Record<TestDataset, string>;
  for (const dataset of datasets) {
    dataDirs[dataset] = join(testRunDir(), `pglite-${dataset}`);
    rmSync(dataDirs[dataset], { recursive: true, force: true });
    const database = await openDatabase({ pgliteDir: dataDirs[dataset] });
    await loadTestDataset(database, dataset);
    await database.close();
  }
  writeTestRun({ pglite: { dataDirs } });
}

await prepareRun();
