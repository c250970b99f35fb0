import type { Database } from './db/database.js';
import { formatReport, importDataset } from './dataset/index.js';

/** Loads the demo dataset into a database that holds no ICS yet, so a first start shows real data. */
export async function seedIfEmpty(database: Database, folder: string): Promise<void> {
  const [{ count }] = await database.sql().rows<{ count: number }>('select count(*)::int as count from integrated_care_systems');
  if (count > 0) return;
  for (const line of formatReport(await importDataset(database, folder))) console.log(line);
}
