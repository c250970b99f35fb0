import { basename, resolve } from 'node:path';
import { actAs } from '../audit/audit-actor.js';
import { recordImport } from '../coverage/data-version.js';
import type { Database } from '../db/database.js';
import { datasetFiles } from './files.js';
import { readFolder } from './folder.js';
import { importFile } from './importFile.js';
import { DatasetRejected, IssueLog, NoDatasetFiles } from './issues.js';
import { KnownCodes } from './known.js';
import { SHARE_SUM_CONSTRAINT } from './placeShares.js';
import { describeRefusal, isRefusal, logRefusalToStderr, type RefusalLog } from './refusal.js';
import type { FileReport, ImportReport } from './report.js';
import { observeImportDuration } from '../observability/metrics.js';
import { changeMark, changesEverywhere, maintainFindings } from '../gap/maintained/maintain-findings.js';

export interface ImportOptions {
  /** Rows per upsert statement. */
  batchSize?: number;
  /** Issues kept (and reported) before the rest are only counted. */
  maxIssues?: number;
  /** Receives the details of a refusal by the database that an issue gives only a reference to. */
  logRefusal?: RefusalLog;
  /** Who the audit trail names for the import's changes: `import` unless given (e.g. an admin's subject). */
  actor?: string;
  /** The actor's display name, for the audit trail. */
  actorName?: string | null;
  /** Why, for the audit trail: `import of <folder>` unless given. */
  reason?: string;
}

const datasetFileNames = datasetFiles.map((spec) => spec.file);

/**
 * Imports a dataset folder (see docs/dataset-format.md) in one transaction: every present file is
 * validated whole, and one issue anywhere (a misnamed CSV file or a link that cannot be followed
 * included) rolls everything back and throws DatasetRejected, leaving stored data as it was. A folder
 * with no dataset file at all throws NoDatasetFiles. Rows are upserted by natural key, so importing a
 * folder twice changes nothing.
 */
export async function importDataset(
  database: Database,
  folder: string,
  { batchSize = 1000, maxIssues = 50, logRefusal = logRefusalToStderr, actor = 'import', actorName = null, reason }: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const listing = await readFolder(folder, datasetFileNames);
  if (!listing.named.size) throw new NoDatasetFiles(folder, listing.issues, datasetFileNames);
  const issues = new IssueLog(maxIssues);
  for (const issue of listing.issues) issues.add(issue);
  const fileOfTable = (table: string) =>
    datasetFiles.find((spec) => spec.write.sources?.some((source) => source.table === table))?.file;
  let known: KnownCodes | undefined;
  const files = await database
    .fork()
    .transactional(async (em) => {
      const sql = database.sql(em);
      await actAs(sql, { actor, name: actorName, reason: reason ?? `import of ${basename(resolve(folder))}` });
      known = await KnownCodes.load(sql);
      const mark = await changeMark(sql);
      const context = { sql, known, issues, batchSize, log: logRefusal, fileOfTable };
      const reports: FileReport[] = [];
      for (const spec of datasetFiles) {
        const path = listing.files.get(spec.file);
        if (path) reports.push(await importFile(spec, path, context));
      }
      if (!issues.empty) throw new DatasetRejected(issues.kept, issues.total);
      await recordImport(sql);
      // The findings the import touched, re-derived in its transaction.
      await maintainFindings(sql, { mark, everywhere: changesEverywhere(reports.flatMap((report) => report.tables)) });
      return reports;
    })
    .catch(async (error: unknown) => {
      if (!isRefusal(error)) throw error;
      // Refused at commit: a deferred check, after every file was read. The places share check is the
      // only one, and places.csv's own check ran first, so this is a race with another writer of the
      // same authority's places.
      const file = error.constraint === SHARE_SUM_CONSTRAINT ? 'places.csv' : '';
      const problem = await describeRefusal(error, { file, sources: [] }, { known, log: logRefusal, fileOfTable });
      throw new DatasetRejected([{ file, ...problem }]);
    });
  observeImportDuration((performance.now() - started) / 1000);
  return { folder, files, ignored: listing.ignored, elapsedMs: performance.now() - started };
}
