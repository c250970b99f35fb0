import { execFileSync } from 'node:child_process';

// Jest loads global setup outside its ESM pipeline, so the preparation runs as a script under tsx.
export default function globalSetup() {
  execFileSync(process.execPath, ['--import', 'tsx', 'test/support/prepare-run.ts'], { stdio: 'inherit' });
}
