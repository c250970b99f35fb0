import type { Dirent } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { closestName } from './closestName.js';
import { DatasetFolderNotFound, type DatasetIssue } from './issues.js';

/** What a dataset folder holds, before any file is read. */
export interface DatasetFolder {
  /** Dataset file names the folder holds, whether or not they can be read. */
  named: Set<string>;
  /** Dataset file name → the path to read (for a symbolic link, the file it resolves to). */
  files: Map<string, string>;
  /** Entries that are not CSV files (e.g. README.md), never opened. */
  ignored: string[];
  /** CSV entries that cannot be imported: misnamed files, links that cannot be followed, folders. */
  issues: DatasetIssue[];
}

/**
 * Lists a dataset folder. Every CSV entry (name ending in .csv, any case) must be a dataset file: a
 * misspelt name is an issue with a suggestion rather than a file silently left out. A symbolic link is
 * followed when it resolves to a regular file inside the folder; a link that dangles, loops, leaves the
 * folder or ends at something else is an issue, so the import never reads outside the folder it was given.
 */
export async function readFolder(folder: string, datasetFiles: readonly string[]): Promise<DatasetFolder> {
  const root = await realpath(folder).catch((error: NodeJS.ErrnoException) => {
    throw missingFolder(error, folder);
  });
  if (!(await stat(root)).isDirectory()) throw new DatasetFolderNotFound(folder);
  const entries = await readdir(root, { withFileTypes: true });
  const listing: DatasetFolder = { named: new Set(), files: new Map(), ignored: [], issues: [] };
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.name.toLowerCase().endsWith('.csv')) listing.ignored.push(entry.name);
    else if (!datasetFiles.includes(entry.name)) listing.issues.push(misnamed(entry.name, datasetFiles));
    else {
      listing.named.add(entry.name);
      const target = await resolve(root, entry);
      if (typeof target === 'string') listing.files.set(entry.name, target);
      else listing.issues.push({ file: entry.name, column: '', message: target.problem });
    }
  }
  return listing;
}

function misnamed(name: string, datasetFiles: readonly string[]): DatasetIssue {
  const suggestion = closestName(name, datasetFiles);
  const message = suggestion
    ? `not a dataset file (did you mean ${suggestion}?)`
    : `not a dataset file; dataset files are ${datasetFiles.join(', ')}`;
  return { file: name, column: '', message };
}

/** The path to read for an entry, or why it cannot be read. */
async function resolve(root: string, entry: Dirent): Promise<string | { problem: string }> {
  const path = join(root, entry.name);
  if (entry.isFile()) return path;
  if (!entry.isSymbolicLink()) return { problem: 'not a regular file' };
  const link = `symbolic link to ${await readlink(path)}`;
  let target: string;
  try {
    target = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: `${link}, which does not exist` };
    if (code === 'ELOOP') return { problem: `${link}, a loop of links` };
    throw error;
  }
  const inside = relative(root, target);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { problem: `${link}, outside the dataset folder; copy the file into the folder instead` };
  }
  if (!(await stat(target)).isFile()) return { problem: `${link}, which is not a regular file` };
  return target;
}

function missingFolder(error: NodeJS.ErrnoException, folder: string): Error {
  return error.code === 'ENOENT' || error.code === 'ENOTDIR' ? new DatasetFolderNotFound(folder) : error;
}
