import { datasetFiles } from '../dataset/files.js';
import type { DatasetQuery } from '../dataset/spec.js';

export type { DatasetQuery };

/**
 * How each dataset file is read back out of the database, by file name: the `export` query of the file's
 * own definition (src/dataset/files/<file>.ts), beside the columns the importer reads, so the two cannot drift.
 */
export const DATASET_QUERIES: Record<string, DatasetQuery> = Object.fromEntries(
  datasetFiles.map((spec) => [spec.file, spec.export]),
);
