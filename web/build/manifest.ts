import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE } from './paths.js';

export interface BuiltFile {
  /** Path under dist/web, e.g. assets/ide-AB12CD.js. */
  path: string;
  bytes: number;
  /** Size of the precompressed copy (path + .gz) the server sends to clients that accept gzip. */
  gzipBytes: number | null;
  /** Which bundle it belongs to: ide, monaco-workers, dashboard. */
  bundle: string;
}

export interface WebManifest {
  inputs: string;
  builtAt: string;
  buildMs: number;
  esbuild: string;
  pages: Record<'ide' | 'dashboard', string>;
  /** Per page, the files its first paint needs (entry script, stylesheet, statically imported chunks); the rest load on demand. */
  firstLoad: Record<'ide' | 'dashboard', string[]>;
  files: BuiltFile[];
}

export function readManifest(dir: string): WebManifest | null {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as WebManifest;
  } catch {
    return null;
  }
}

/** True when the build in `dir` was made from these inputs and every file it lists is still there. */
export function isCurrent(dir: string, inputs: string): boolean {
  const manifest = readManifest(dir);
  return manifest !== null && manifest.inputs === inputs && manifest.files.every((file) => existsSync(join(dir, file.path)));
}
