import type { Database } from '../../src/db/database.js';
import { DatasetRejected, formatRejection, importDataset } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { csv, removeDatasets, smallDataset, snapshot, writeDataset } from './support.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await importDataset(database, writeDataset(smallDataset));
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

// 200,000 characters here (csv-parse crawls under Jest's module sandbox); cli.test.ts feeds the CLI 10 MB.
const SIZE = 200_000;
const huge = (character: string) => character.repeat(SIZE);
const header = (file: string) => smallDataset[file].split('\n')[0];

// A value is shown cut after 80 characters, then its full length: a 10 MB field is never echoed whole.
// prettier-ignore
const cases: [name: string, file: string, contents: () => string, column: string, shown: string][] = [
  ['a huge number', 'population.csv', () => csv(header('population.csv'), `E08000026,ADULTS,2025,${huge('9')}`), 'people', `${'9'.repeat(80)}… (${SIZE} characters) is too large`],
  ['a huge unknown code', 'needs.csv', () => csv(header('needs.csv'), `E08000026,${huge('X')},AUTISM,COMMUNITY_SUPPORT,2025,1,JSNA`), 'cohort', `unknown cohort '${'X'.repeat(80)}…' (${SIZE} characters); known: `],
  ['a huge value with a stray quote', 'local_authorities.csv', () => csv(header('local_authorities.csv'), `E06000010,${huge('a')}"Hull",UNITARY`), 'name', `a quote inside the unquoted value '${'a'.repeat(80)}…' (${SIZE} characters)`],
  ['a huge field past the last column', 'local_authorities.csv', () => csv(header('local_authorities.csv'), `E06000010,Hull,UNITARY,${huge('z')}`), '', `(field 4, '${'z'.repeat(80)}…' (${SIZE} characters), has no column`],
  ['a huge header name', 'population.csv', () => csv(`la_code,cohort,year,${huge('p')}`, 'E08000026,ADULTS,2025,1'), 'people', `(la_code, cohort, year, ${'p'.repeat(80)}… (${SIZE} characters))`],
];

test.each(cases)('%s: cut in the message, with its length', async (_name, file, contents, column, shown) => {
  const stored = await snapshot(database);
  const error = await importDataset(database, writeDataset({ [file]: contents() })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetRejected);
  const [issue] = (error as DatasetRejected).issues;
  expect(issue).toMatchObject({ file, line: expect.any(Number), column });
  expect(issue.message).toContain(shown);
  expect(issue.message.length).toBeLessThan(400);
  expect(formatRejection(error as DatasetRejected).join('\n').length).toBeLessThan(500);
  expect(await snapshot(database)).toEqual(stored);
});
