import 'reflect-metadata';
import { statSync } from 'node:fs';
import { settingsFromEnv } from '../db/config.js';
import { openDatabase } from '../db/database.js';
import { PgliteFolderInUse } from '../db/pglite-lock.js';
import {
  DatasetFolderNotFound,
  DatasetRejected,
  formatIssue,
  formatRejection,
  formatReport,
  importDataset,
  NoDatasetFiles,
} from '../dataset/index.js';

/**
 * `npm run import -- <folder>`: migrates the database (DATABASE_URL, else PGlite in PGLITE_DIR) and imports
 * a dataset folder. Exit codes: 0 imported, 1 dataset rejected (nothing written), 2 bad usage, no such folder,
 * no dataset file in it or the PGlite folder in use by another process (e.g. the running server), 3 any other failure (e.g. the database cannot be reached), so scripts can tell
 * bad data from a broken run.
 */
async function main(folder: string | undefined): Promise<number> {
  if (!folder) {
    console.error('usage: npm run import -- <dataset folder>');
    return 2;
  }
  if (!isFolder(folder)) {
    console.error(`Dataset folder not found: ${folder}`);
    return 2;
  }
  const database = await openDatabase(settingsFromEnv());
  try {
    const report = await importDataset(database, folder);
    for (const line of formatReport(report)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof DatasetRejected) {
      for (const line of formatRejection(error)) console.error(line);
      console.error(`${folder} rejected: ${error.total} issue${error.total === 1 ? '' : 's'}; nothing was imported`);
      return 1;
    }
    if (error instanceof NoDatasetFiles) {
      for (const issue of error.issues) console.error(formatIssue(issue));
      console.error(error.message);
      return 2;
    }
    if (error instanceof DatasetFolderNotFound) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await database.close();
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

process.exitCode = await main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof PgliteFolderInUse ? error.message : error);
  return error instanceof PgliteFolderInUse ? 2 : 3;
});
