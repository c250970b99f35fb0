import type { Database } from '../../src/db/database.js';
import type { Importer } from '../lib/features.js';
import { round } from '../lib/stats.js';

export interface ImportFigure {
  database: 'PostgreSQL' | 'PGlite';
  scale: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Opening the database and applying migrations, before the import. */
  openSeconds: number;
  slowestFiles: { file: string; rows: number }[];
}

/**
 * Times importDataset on a freshly migrated, empty database. The importer runs in this process
 * (as `npm run import` would); rows are the CSV data rows it read.
 */
export async function measureImport(
  database: ImportFigure['database'],
  scale: number,
  folder: string,
  importer: Importer,
  open: () => Promise<Database>,
): Promise<{ figure: ImportFigure; db: Database }> {
  const opened = performance.now();
  const db = await open();
  const openSeconds = (performance.now() - opened) / 1000;
  const started = performance.now();
  const report = await importer(db, folder);
  const seconds = (performance.now() - started) / 1000;
  const rows = report.files.reduce((sum, file) => sum + file.rowsRead, 0);
  return {
    db,
    figure: {
      database,
      scale,
      rows,
      seconds: round(seconds, 1),
      rowsPerSecond: Math.round(rows / seconds),
      openSeconds: round(openSeconds, 1),
      slowestFiles: [...report.files].sort((a, b) => b.rowsRead - a.rowsRead).slice(0, 3).map((f) => ({ file: f.file, rows: f.rowsRead })),
    },
  };
}
