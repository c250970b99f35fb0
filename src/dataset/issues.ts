/** One problem found in a dataset: where it is (file, line, column) and what is wrong. */
export interface DatasetIssue {
  /** Empty for a problem of the import as a whole (a refusal at commit no file can be named for). */
  file: string;
  /** 1-based line where the record (or the bad value) starts; 1 is the header. None for a problem with the whole file. */
  line?: number;
  /** The CSV column; empty when the problem is not about one column (e.g. a misnamed file). */
  column: string;
  message: string;
}

/** Thrown when a dataset fails validation: nothing was written. */
export class DatasetRejected extends Error {
  constructor(
    /** The first issues found (at most the import's issue limit). */
    readonly issues: DatasetIssue[],
    /** How many issues were found in all, including those not kept. */
    readonly total: number = issues.length,
  ) {
    super(`Dataset rejected: ${total} issue${total === 1 ? '' : 's'}, first: ${formatIssue(issues[0])}`);
    this.name = 'DatasetRejected';
  }
}

/** Thrown when the dataset folder does not exist or is not a folder. */
export class DatasetFolderNotFound extends Error {
  constructor(readonly folder: string) {
    super(`Dataset folder not found: ${folder}`);
    this.name = 'DatasetFolderNotFound';
  }
}

/** Thrown when a folder holds no dataset file at all (a wrong folder, or every file misnamed): nothing was written. */
export class NoDatasetFiles extends Error {
  constructor(
    readonly folder: string,
    /** What is wrong with the CSV files the folder does hold (e.g. a misspelt name). */
    readonly issues: DatasetIssue[],
    expected: readonly string[],
  ) {
    super(`No dataset file in ${folder}: expected one or more of ${expected.join(', ')}`);
    this.name = 'NoDatasetFiles';
  }
}

/** `file:line: column name: message`, the form editors and CI logs link to (`file: message` for a whole file). */
export function formatIssue(issue: DatasetIssue | undefined): string {
  if (!issue) return '(none)';
  if (!issue.file) return issue.message;
  const line = issue.line === undefined ? '' : `:${issue.line}`;
  const column = issue.column ? `column ${issue.column}: ` : '';
  return `${issue.file}${line}: ${column}${issue.message}`;
}

/** The issues of a rejection, one line each, then how many more were found but not kept. */
export function formatRejection(rejected: DatasetRejected): string[] {
  const lines = rejected.issues.map(formatIssue);
  const more = rejected.total - rejected.issues.length;
  if (more > 0) lines.push(`… and ${more} more`);
  return lines;
}

/** Collects issues across all files, keeping the first `limit` and counting the rest. */
export class IssueLog {
  readonly kept: DatasetIssue[] = [];
  total = 0;

  constructor(readonly limit: number) {}

  add(issue: DatasetIssue): void {
    this.total += 1;
    if (this.kept.length < this.limit) this.kept.push(issue);
  }

  get empty(): boolean {
    return this.total === 0;
  }
}
