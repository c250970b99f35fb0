import { build, version as esbuildVersion, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltFile, WebManifest } from './manifest.js';
import { MANIFEST_FILE, PROJECT_ROOT } from './paths.js';

/** URL prefix the server serves dist/web/assets/ under. */
export const ASSETS_URL = '/assets/';

const COMMON: BuildOptions = {
  absWorkingDir: PROJECT_ROOT,
  bundle: true,
  minify: true,
  target: ['es2022', 'chrome111', 'firefox111', 'safari16'],
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

// graphiql's style.css already carries monaco-editor's CSS (and its icon font as a data: URL); monaco's own
// per-widget CSS imports would add the same rules again, with font files to fetch.
const monacoCssIncludedInGraphiql: Plugin = {
  name: 'monaco-css-included-in-graphiql',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]monaco-editor[\\/].*\.css$/ }, () => ({ contents: '', loader: 'css' }));
  },
};

/**
 * Builds the IDE (GraphiQL 5 with the explorer plugin), monaco's web workers (each its own bundle, as
 * graphiql 5 leaves worker loading to the host) and the gap dashboard into `outDir`, writing next to it
 * and swapping the folder in at the end, so a running server never serves half a build.
 */
export async function buildWeb(outDir: string, inputs: string): Promise<WebManifest> {
  const startedAt = performance.now();
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const assets = join(staging, 'assets');

  const dashboard = build({
    ...COMMON,
    entryPoints: [{ in: 'web/dashboard/main.ts', out: 'dashboard' }],
    outdir: assets,
    entryNames: '[name]-[hash]',
    format: 'esm',
  });
  const workers = await build({
    ...COMMON,
    entryPoints: [
      { in: 'monaco-editor/esm/vs/editor/editor.worker.js', out: 'editor.worker' },
      { in: 'monaco-editor/esm/vs/language/json/json.worker.js', out: 'json.worker' },
      { in: 'monaco-graphql/esm/graphql.worker.js', out: 'graphql.worker' },
    ],
    outdir: assets,
    entryNames: '[name]-[hash]',
    // Classic workers: `new Worker(url)` without `{ type: 'module' }` runs everywhere.
    format: 'iife',
  });
  const workerUrls = {
    editor: entryUrl(workers.metafile!, staging, 'editor.worker'),
    json: entryUrl(workers.metafile!, staging, 'json.worker'),
    graphql: entryUrl(workers.metafile!, staging, 'graphql.worker'),
  };
  const ide = await build({
    ...COMMON,
    entryPoints: [{ in: 'web/ide/main.tsx', out: 'ide' }],
    outdir: assets,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    // monaco (most of the IDE's weight) is imported lazily by graphiql: a chunk loaded after first paint.
    splitting: true,
    jsx: 'automatic',
    plugins: [monacoCssIncludedInGraphiql],
    define: { ...COMMON.define, MONACO_WORKER_URLS: JSON.stringify(workerUrls) },
  });
  const dashboardResult = await dashboard;

  const pages = {
    ide: writePage(staging, 'ide.html', 'web/ide/index.html', ide.metafile!, 'ide'),
    dashboard: writePage(staging, 'dashboard.html', 'web/dashboard/index.html', dashboardResult.metafile!, 'dashboard'),
  };
  const firstLoad = {
    ide: firstLoadOf(staging, ide.metafile!, 'ide'),
    dashboard: firstLoadOf(staging, dashboardResult.metafile!, 'dashboard'),
  };
  const files = [
    ...builtFiles(staging, ide.metafile!, 'ide'),
    ...builtFiles(staging, workers.metafile!, 'monaco-workers'),
    ...builtFiles(staging, dashboardResult.metafile!, 'dashboard'),
    ...Object.values(pages).map((page): BuiltFile => ({ path: page, bytes: statSync(join(staging, page)).size, gzipBytes: null, bundle: 'pages' })),
  ];
  const manifest: WebManifest = {
    inputs,
    builtAt: new Date().toISOString(),
    buildMs: Math.round(performance.now() - startedAt),
    esbuild: esbuildVersion,
    pages,
    firstLoad,
    files,
  };
  writeFileSync(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  swapIn(staging, outDir);
  return manifest;
}

/** The URL an entry point was written to, e.g. /assets/editor.worker-AB12CD.js. */
function entryUrl(metafile: Metafile, staging: string, name: string): string {
  const output = Object.keys(metafile.outputs).find((path) => path.endsWith('.js') && path.split('/').pop()!.startsWith(`${name}-`));
  if (!output) throw new Error(`the build wrote no ${name} bundle`);
  return `/${relative(staging, join(PROJECT_ROOT, output)).replaceAll('\\', '/')}`;
}

/** An entry's script and stylesheet and every chunk it imports statically: what a page loads before it can draw. */
function firstLoadOf(staging: string, metafile: Metafile, entry: string): string[] {
  const [script, output] = entryOutput(metafile, entry);
  const seen = new Set<string>([script]);
  const visit = (path: string) => {
    for (const imported of metafile.outputs[path].imports) {
      if (imported.kind === 'import-statement' && !imported.external && !seen.has(imported.path)) {
        seen.add(imported.path);
        visit(imported.path);
      }
    }
  };
  visit(script);
  if (output.cssBundle) seen.add(output.cssBundle);
  return [...seen].map((path) => relative(staging, join(PROJECT_ROOT, path)).replaceAll('\\', '/'));
}

function entryOutput(metafile: Metafile, entry: string): [string, Metafile['outputs'][string]] {
  const found = Object.entries(metafile.outputs).find(([path, out]) => out.entryPoint && path.split('/').pop()!.startsWith(`${entry}-`) && path.endsWith('.js'));
  if (!found) throw new Error(`the build wrote no ${entry} bundle`);
  return found;
}

/** The page's HTML template with its entry script and stylesheet put in. */
function writePage(staging: string, page: string, template: string, metafile: Metafile, entry: string): string {
  const [script, output] = entryOutput(metafile, entry);
  const url = (path: string) => `/${relative(staging, join(PROJECT_ROOT, path)).replaceAll('\\', '/')}`;
  const html = readFileSync(join(PROJECT_ROOT, template), 'utf8')
    .replace('<!--styles-->', output.cssBundle ? `<link rel="stylesheet" href="${url(output.cssBundle)}">` : '')
    .replace('<!--scripts-->', `<script type="module" src="${url(script)}"></script>`);
  writeFileSync(join(staging, page), html);
  return page;
}

/** Every file a build wrote, with a gzip copy of each script and stylesheet for the server to send. */
function builtFiles(staging: string, metafile: Metafile, bundle: string): BuiltFile[] {
  return Object.keys(metafile.outputs).map((output) => {
    const absolute = join(PROJECT_ROOT, output);
    const content = readFileSync(absolute);
    let gzipBytes: number | null = null;
    if (/\.(js|css)$/.test(output) && content.length > 1024) {
      const compressed = gzipSync(content, { level: 9 });
      writeFileSync(`${absolute}.gz`, compressed);
      gzipBytes = compressed.length;
    }
    return { path: relative(staging, absolute).replaceAll('\\', '/'), bytes: content.length, gzipBytes, bundle };
  });
}

function swapIn(staging: string, outDir: string): void {
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(outDir, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}
