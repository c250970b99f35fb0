import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../db/database.js';
import { datasetFiles } from './files.js';
import { importFile } from './importFile.js';
import { DatasetFolderNotFound, DatasetRejected, IssueLog } from './issues.js';
import { KnownCodes } from './known.js';
import type { FileReport, ImportReport } from './report.js';
import { observeImportDuration } from '../observability/metrics.js';

export interface ImportOptions {
  /** Rows per upsert statement. */
  batchSize?: number;
  /** Issues kept (and reported) before the rest are only counted. */
  maxIssues?: number;
}

/**
 * Imports a dataset folder (see DOMAIN.md, "Dataset folder") in one transaction: every present file
 * is validated whole, and one issue anywhere rolls everything back and throws DatasetRejected, leaving
 * stored data as it was. Rows are upserted by natural key, so importing a folder twice changes nothing.
 */
export async function importDataset(
  database: Database,
  folder: string,
  { batchSize = 1000, maxIssues = 50 }: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const { present, ignored } = await listFolder(folder);
  const issues = new IssueLog(maxIssues);
  const files = await database.fork().transactional(async (em) => {
    const sql = database.sql(em);
    const context = { sql, known: await KnownCodes.load(sql), issues, batchSize };
    const reports: FileReport[] = [];
    for (const spec of datasetFiles) {
      if (present.has(spec.file)) reports.push(await importFile(spec, join(folder, spec.file), context));
    }
    if (!issues.empty) throw new DatasetRejected(issues.kept, issues.total);
    return reports;
  });
  observeImportDuration((performance.now() - started) / 1000);
  return { folder, files, ignored, elapsedMs: performance.now() - started };
}

/** The dataset files present, and CSV files that are not dataset files. Other entries are ignored. */
async function listFolder(folder: string): Promise<{ present: Set<string>; ignored: string[] }> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new DatasetFolderNotFound(folder);
    throw error;
  });
  const known = new Set(datasetFiles.map((spec) => spec.file));
  const files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  return {
    present: new Set(files.filter((name) => known.has(name))),
    ignored: files.filter((name) => name.toLowerCase().endsWith('.csv') && !known.has(name)).sort(),
  };
}
