import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './paths.js';

/**
 * A fingerprint of everything the web build reads: its sources under web/ (this script included) and the
 * lockfile (the library versions). Contents, not modification times, so a fresh clone or a checkout that
 * changes nothing does not rebuild.
 */
export function inputsFingerprint(): string {
  const hash = createHash('sha256');
  const files = [...listFiles(join(PROJECT_ROOT, 'web')), join(PROJECT_ROOT, 'package-lock.json')].sort();
  for (const file of files) {
    hash.update(relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}
