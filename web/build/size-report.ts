import type { WebManifest } from './manifest.js';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The build's figures: time, then each bundle's files with raw and gzip sizes, and totals. */
export function sizeReport(manifest: WebManifest): string {
  const lines = [`built dist/web in ${(manifest.buildMs / 1000).toFixed(2)} s (esbuild ${manifest.esbuild})`];
  const bundles = [...new Set(manifest.files.map((file) => file.bundle))];
  for (const bundle of bundles) {
    const files = manifest.files.filter((file) => file.bundle === bundle && !file.path.endsWith('.LEGAL.txt'));
    const raw = files.reduce((sum, file) => sum + file.bytes, 0);
    const gzip = files.reduce((sum, file) => sum + (file.gzipBytes ?? file.bytes), 0);
    lines.push(`  ${bundle}: ${kB(raw)} (${kB(gzip)} gzip) in ${files.length} files`);
    for (const file of [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 6)) {
      lines.push(`    ${file.path.padEnd(48)} ${kB(file.bytes).padStart(10)} ${file.gzipBytes === null ? '' : `${kB(file.gzipBytes).padStart(10)} gzip`}`);
    }
  }
  for (const [page, paths] of Object.entries(manifest.firstLoad)) {
    const files = manifest.files.filter((file) => paths.includes(file.path));
    const raw = files.reduce((sum, file) => sum + file.bytes, 0);
    const gzip = files.reduce((sum, file) => sum + (file.gzipBytes ?? file.bytes), 0);
    lines.push(`  ${page} first load: ${kB(raw)} (${kB(gzip)} gzip) in ${files.length} files; the rest loads on demand`);
  }
  return lines.join('\n');
}
