import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the global setup prepared for this run of the suite, shared with every test file through a file. */
export interface TestRun {
  /** Set when the suite runs on a PostgreSQL server: the admin URL and the migrated template databases. */
  postgres?: { adminUrl: string; prefix: string; templates: Record<TestDataset, string> };
  /** Set on PGlite: data directories of migrated databases, copied by each test file. */
  pglite?: { dataDirs: Record<TestDataset, string> };
}

/** `empty`: migrated, vocabularies only. `demo`: the demo dataset from seeds/demo loaded. */
export type TestDataset = 'empty' | 'demo';

// Set by the global setup for this run; every worker inherits it.
const runDir = process.env.ICS_TEST_RUN_DIR ?? join(process.cwd(), '.data', 'test', 'run');
const runFile = join(runDir, 'run.json');

export function testRunDir(): string {
  if (!existsSync(runDir)) mkdirSync(runDir, { recursive: true });
  return runDir;
}

export function writeTestRun(run: TestRun): void {
  testRunDir();
  writeFileSync(runFile, JSON.stringify(run, null, 2));
}

export function readTestRun(): TestRun {
  return JSON.parse(readFileSync(runFile, 'utf8')) as TestRun;
}
