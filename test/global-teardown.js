import { execFileSync } from 'node:child_process';

export default function globalTeardown() {
  execFileSync(process.execPath, ['--import', 'tsx', 'test/support/drop-run-databases.ts'], { stdio: 'inherit' });
}
