export { importDataset, type ImportOptions } from './importDataset.js';
export {
  DatasetFolderNotFound,
  DatasetRejected,
  formatIssue,
  formatRejection,
  NoDatasetFiles,
  type DatasetIssue,
} from './issues.js';
export { formatReport, type FileReport, type ImportReport } from './report.js';
export type { TableCount } from './upsert.js';
