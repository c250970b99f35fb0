import { spawnSync } from 'node:child_process';
import { cloneEmptyDatabase, removeDatasets, smallDataset, writeDataset } from './support.js';

// The CLI gets a migrated empty database of its own, on whichever database the suite runs on.
let database: Awaited<ReturnType<typeof cloneEmptyDatabase>>;
beforeAll(async () => {
  database = await cloneEmptyDatabase();
});
afterAll(() => {
  database.remove();
  removeDatasets();
});

function importCli(folder: string) {
  const env = { ...process.env, ...database.env, NODE_OPTIONS: '' };
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', folder], {
    env,
    encoding: 'utf8',
  });
  return { status, stdout, stderr: stderr.split('\n') };
}

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
