import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import type { TestDataset } from './test-run.js';

/** The demo dataset folder (see seeds/demo/README.md). */
export const demoDatasetFolder = fileURLToPath(new URL('../../seeds/demo/', import.meta.url));

/** Brings a freshly migrated database to the named starting point. */
export async function loadTestDataset(database: Database, dataset: TestDataset): Promise<void> {
  if (dataset === 'empty') return;
  await importDataset(database, demoDatasetFolder);
}
