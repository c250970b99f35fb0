import type { Database } from './db/database.js';
import { formatReport, importDataset } from './dataset/index.js';
import { logger } from './observability/logger.js';

/** Loads the demo dataset into a database that holds no ICS yet, so a first start shows real data. */
export async function seedIfEmpty(database: Database, folder: string): Promise<void> {
  const [{ count }] = await database.sql().rows<{ count: number }>('select count(*)::int as count from integrated_care_systems');
  if (count > 0) return;
  const report = await importDataset(database, folder);
  logger.info({ folder, elapsedMs: Math.round(report.elapsedMs), report: formatReport(report) }, `seeded the empty database from ${folder}`);
}
