import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildWeb } from './build-web.js';
import { inputsFingerprint } from './inputs.js';
import { isCurrent, type WebManifest } from './manifest.js';
import { WEB_DIST } from './paths.js';
import { sizeReport } from './size-report.js';

// `npm run build:web` builds the IDE and the dashboard into dist/web/ and prints the build time and the
// bundle sizes. With --if-stale (npm start's prestart, the test suite's global setup) it builds only when
// web/ or the lockfile changed since the last build.
const ifStale = process.argv.includes('--if-stale');
const inputs = inputsFingerprint();
if (ifStale && isCurrent(WEB_DIST, inputs)) {
  console.log('dist/web is up to date');
} else {
  mkdirSync(dirname(WEB_DIST), { recursive: true });
  const manifest: WebManifest = await buildWeb(WEB_DIST, inputs);
  console.log(sizeReport(manifest));
}
