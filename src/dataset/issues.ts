/** One problem found in a dataset: where it is (file, line, column) and what is wrong. */
export interface DatasetIssue {
  file: string;
  /** 1-based line where the record starts; 1 is the header. */
  line: number;
  /** The CSV column; empty when the problem is not about one column (e.g. a CSV syntax error). */
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

/** `file:line: column name: message`, the form editors and CI logs link to. */
export function formatIssue(issue: DatasetIssue | undefined): string {
  if (!issue) return '(none)';
  const column = issue.column ? `column ${issue.column}: ` : '';
  return `${issue.file}:${issue.line}: ${column}${issue.message}`;
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
