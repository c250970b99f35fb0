import type { TableCount } from './upsert.js';

/** What one file of a dataset did. */
export interface FileReport {
  file: string;
  /** Data records read (the header not counted). */
  rowsRead: number;
  /** Per table written from this file (e.g. regions and ICSs from integrated_care_systems.csv). */
  tables: TableCount[];
}

export interface ImportReport {
  folder: string;
  files: FileReport[];
  /** Entries of the folder that are not CSV files (e.g. README.md), left unread. */
  ignored: string[];
  elapsedMs: number;
}

/** Adds a batch's counts to a file's running totals, table by table. */
export function addCounts(totals: TableCount[], batch: readonly TableCount[]): void {
  for (const count of batch) {
    const total = totals.find((t) => t.table === count.table);
    if (!total) totals.push({ ...count });
    else {
      total.inserted += count.inserted;
      total.updated += count.updated;
      total.deleted += count.deleted;
      total.unchanged += count.unchanged;
    }
  }
}

/** Lines for a terminal: each file, its rows, and what changed per table. */
export function formatReport(report: ImportReport): string[] {
  const lines = report.files.flatMap((file) => [
    `${file.file}: ${file.rowsRead} rows`,
    ...file.tables.map((t) => `  ${t.table}: ${t.inserted} inserted, ${t.updated} updated, ${t.unchanged} unchanged`),
  ]);
  if (report.ignored.length) lines.push(`ignored (not CSV files): ${report.ignored.join(', ')}`);
  lines.push(`imported ${report.folder} in ${(report.elapsedMs / 1000).toFixed(2)} s`);
  return lines;
}
