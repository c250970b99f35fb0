import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort, run, waitForOk } from '../support/server-process.js';

// A new user's first start: the README's start command in a fresh clone, with no configuration at all (the
// port aside, which the README documents, so the test never collides with a server already running here).

/** The commands of the README's first shell block under "## First hour". */
function readmeStartCommands(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## First hour'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
}

/** The user's PATH, without the node_modules/.bin folders npm put in front of it for this test run. */
function userPath(): string {
  return (process.env.PATH ?? '').split(delimiter).filter((folder) => !folder.includes('node_modules')).join(delimiter);
}

let clone: string | undefined;
afterAll(() => {
  if (clone) rmSync(clone, { recursive: true, force: true });
});

test("the README's start command in a fresh clone with no environment seeds PGlite and serves the 36 ICSs of today", async () => {
  const commands = readmeStartCommands();
  expect(commands).toEqual(['npm install', 'npm start']);

  clone = mkdtempSync(join(tmpdir(), 'ics-first-start-'));
  execFileSync('git', ['clone', '--quiet', '--shared', process.cwd(), clone]);
  // `npm install` would fetch what is already here.
  symlinkSync(join(process.cwd(), 'node_modules'), join(clone, 'node_modules'), 'dir');
  const port = await freePort();
  const [command, ...args] = commands[1].split(' ');
  const server = run(command, args, { cwd: clone, env: { PATH: userPath(), HOME: process.env.HOME, PORT: String(port) } });
  try {
    // Seeding the demo data into a new PGlite folder takes 15–40 s on a busy 2-core machine.
    await waitForOk(`http://127.0.0.1:${port}/readyz`, server, 240_000);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ integratedCareSystems(first: 50) { totalCount edges { node { odsCode } } } }' }),
    });
    const { data } = (await response.json()) as { data: { integratedCareSystems: { totalCount: number; edges: unknown[] } } };
    // Today (after 1 April 2026) England has 36 ICBs; the demo also holds the 12 abolished then, reachable by code.
    expect(data.integratedCareSystems.totalCount).toBe(36);
    expect(data.integratedCareSystems.edges).toHaveLength(36);
    expect(existsSync(join(clone, '.data', 'pglite.lock'))).toBe(true);
  } finally {
    // To npm, as a supervisor would: npm passes it on to the server.
    server.child.kill('SIGTERM');
  }
  const exit = await server.exited;
  expect(server.output()).toContain('SIGTERM received');
  expect(exit.code).toBe(0);
  expect(existsSync(join(clone, '.data', 'pglite.lock'))).toBe(false);
  expect(await fetch(`http://127.0.0.1:${port}/healthz`).then(() => 'answered', () => 'closed')).toBe('closed');
}, 300_000);
