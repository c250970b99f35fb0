import type { Database } from '../../src/db/database.js';
import type { TestDataset } from './test-run.js';

/** Brings a freshly migrated database to the named starting point. */
export async function loadTestDataset(database: Database, dataset: TestDataset): Promise<void> {
  if (dataset === 'empty') return;
  // The demo dataset is loaded once the importer exists (see src/dataset).
}
