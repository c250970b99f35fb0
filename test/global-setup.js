import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Each run prepares its templates in a folder of its own, so runs side by side never share them.
// Jest starts its workers after this, and they inherit the variable.
export default function globalSetup() {
  process.env.ICS_TEST_RUN_DIR = join(process.cwd(), '.data', 'test', `run-${Date.now().toString(36)}-${process.pid}`);
  // Jest loads global setup outside its ESM pipeline, so the preparation runs as a script under tsx.
  execFileSync(process.execPath, ['--import', 'tsx', 'test/support/prepare-run.ts'], { stdio: 'inherit' });
  // The pages the server and the browser tests serve: rebuilt only when web/ or the lockfile changed.
  execFileSync(process.execPath, ['--import', 'tsx', 'web/build/main.ts', '--if-stale'], { stdio: 'inherit' });
}
