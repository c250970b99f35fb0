import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  execFileSync(process.execPath, ['--import', 'tsx', 'test/support/drop-run-databases.ts'], { stdio: 'inherit' });
  rmSync(process.env.ICS_TEST_RUN_DIR, { recursive: true, force: true });
}
