import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneEmptyDatabase, csv, removeDatasets, smallDataset, writeDataset } from './support.js';

// The CLI gets a migrated empty database of its own, on whichever database the suite runs on.
let database: Awaited<ReturnType<typeof cloneEmptyDatabase>>;
beforeAll(async () => {
  database = await cloneEmptyDatabase();
});
afterAll(() => {
  database.remove();
  removeDatasets();
});

function run(script: string, args: string[], databaseEnv: Record<string, string>) {
  const env = { ...process.env, ...databaseEnv, NODE_OPTIONS: '' };
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env,
    encoding: 'utf8',
  });
  return { status, stdout, stderr: stderr.split('\n') };
}

const importCli = (folder: string) => run('src/cli/import.ts', [folder], database.env);

test('a bad folder exits 1 and lists each issue as file:line: column', () => {
  const { status, stdout, stderr } = importCli('test/fixtures/bad');
  expect(status).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toEqual(
    expect.arrayContaining([
      "places.csv:3: column la_code: unknown local authority 'E06000999' (not in local_authorities.csv nor stored)",
      'places.csv:4: column population_share: share 1.2 is not in (0, 1]',
      'population.csv:2: column year: year 1999 is outside 2000–2100',
      'test/fixtures/bad rejected: 3 issues; nothing was imported',
    ]),
  );
});

test('a good folder exits 0 and prints the counts per file', () => {
  const { status, stdout } = importCli(writeDataset(smallDataset));
  expect(status).toBe(0);
  expect(stdout).toContain('places.csv: 3 rows\n  places: 3 inserted, 0 updated, 0 unchanged');
});

test('a missing folder exits 2', () => {
  const { status, stderr } = importCli('test/fixtures/no-such-dataset');
  expect(status).toBe(2);
  expect(stderr[0]).toBe('Dataset folder not found: test/fixtures/no-such-dataset');
});

test('a folder without any dataset file exits 2, naming the misnamed file and the files expected', () => {
  const folder = writeDataset({ 'need.csv': smallDataset['needs.csv'], 'README.md': '# notes' });
  const { status, stdout, stderr } = importCli(folder);
  expect(status).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.slice(0, 2)).toEqual([
    'need.csv: not a dataset file (did you mean needs.csv?)',
    expect.stringMatching(`^No dataset file in ${folder}: expected one or more of integrated_care_systems.csv, `),
  ]);
});

test('a 10 MB bad value is cut in the message, with its length', () => {
  const name = `${'a'.repeat(10 * 1024 * 1024)}"Hull"`;
  const { status, stderr } = importCli(
    writeDataset({ 'local_authorities.csv': csv('ons_code,name,tier', `E06000010,${name},UNITARY`) }),
  );
  expect(status).toBe(1);
  expect(stderr[0]).toBe(
    `local_authorities.csv:2: column name: not valid CSV: a quote inside the unquoted value '${'a'.repeat(80)}…' (10485760 characters); a value holding a quote is quoted whole, with the quote written twice ("")`,
  );
  expect(stderr.join('\n').length).toBeLessThan(1000);
});

test('on a fresh clone, migrate and import create the PGlite folder and its parents', () => {
  const clone = mkdtempSync(join(tmpdir(), 'ics-fresh-clone-'));
  try {
    const fresh = (name: string) => ({ DATABASE_URL: '', PGLITE_DIR: join(clone, name, '.data', 'pglite') });
    const migrate = run('src/cli/migrate.ts', [], fresh('migrate'));
    expect(migrate).toMatchObject({ status: 0, stdout: expect.stringContaining('applied ') });
    const imported = run('src/cli/import.ts', [writeDataset(smallDataset)], fresh('import'));
    expect(imported).toMatchObject({ status: 0, stdout: expect.stringContaining('places.csv: 3 rows') });
    expect(existsSync(join(clone, 'import', '.data', 'pglite', 'PG_VERSION'))).toBe(true);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
  // Two processes each create and migrate a PGlite cluster from nothing.
}, 180_000);
