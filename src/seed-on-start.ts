import type { Database } from './db/database.js';

/** Loads the demo dataset into a database that holds no ICS yet, so a first start shows real data. */
export async function seedIfEmpty(database: Database, folder: string): Promise<void> {
  const [{ count }] = await database.sql().rows<{ count: number }>('select count(*)::int as count from integrated_care_systems');
  if (count > 0) return;
  const { importDataset } = await import('./dataset/importDataset.js');
  const report = await importDataset(database, folder);
  console.log(`loaded ${folder}: ${JSON.stringify(report)}`);
}
