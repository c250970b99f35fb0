import fc from 'fast-check';
import type { Database } from '../../src/db/database.js';
import { DatasetRejected, importDataset, type DatasetIssue } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { generatedDataset, generatedFiles, type GeneratedCsv, type GeneratedFile } from './generated-csv.js';
import { removeDatasets, smallDataset, snapshot, writeDataset } from './support.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await importDataset(database, writeDataset(smallDataset));
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

/** Physical lines of a file (CRLF, LF or a lone CR end a line), the most an issue's line can be. */
function lineCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** What an issue may name as its column: the file's columns, or a header name as written. */
function nameable(file: GeneratedFile, csv: GeneratedCsv): Set<string> {
  return new Set([...generatedFiles[file], ...csv.names.map((name) => name.trim().toLowerCase())]);
}

function expectLocated(issue: DatasetIssue, files: Partial<Record<GeneratedFile, GeneratedCsv>>): void {
  const csv = files[issue.file as GeneratedFile];
  expect(csv).toBeDefined();
  expect(issue.line).toBeGreaterThanOrEqual(1);
  expect(issue.line).toBeLessThanOrEqual(lineCount(csv!.bytes));
  const columns = nameable(issue.file as GeneratedFile, csv!);
  for (const column of issue.column ? issue.column.split(', ') : []) expect(columns).toContain(column);
  expect(issue.message).not.toBe('');
  // Validation catches everything these files can get wrong before the database sees it (e.g. a NUL byte).
  expect(issue.message).not.toContain('the database refused');
  // Values are cut in messages: a 50 kB field must not come back whole.
  expect(issue.message.length).toBeLessThan(400);
}

test(`generated CSV files are imported or rejected with located issues, stored data unchanged on rejection (${RUNS} cases)`, async () => {
  const outcomes = { imported: 0, rejected: 0 };
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(generatedDataset, async (files) => {
      const before = await snapshot(database);
      const folder = writeDataset(Object.fromEntries(Object.entries(files).map(([name, csv]) => [name, csv.bytes])));
      try {
        await importDataset(database, folder);
        outcomes.imported += 1;
      } catch (error) {
        // Anything but a rejection (a crash, a driver error) fails the property.
        if (!(error instanceof DatasetRejected)) throw error;
        outcomes.rejected += 1;
        expect(error.issues.length).toBeGreaterThan(0);
        for (const issue of error.issues) expectLocated(issue, files);
        expect(await snapshot(database)).toEqual(before);
      }
    }),
    { numRuns: RUNS },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${RUNS} generated imports in ${seconds.toFixed(1)} s: ${outcomes.imported} imported, ${outcomes.rejected} rejected`,
  );
  expect(outcomes.imported + outcomes.rejected).toBe(RUNS);
  expect(outcomes.imported).toBeGreaterThan(0);
  expect(outcomes.rejected).toBeGreaterThan(0);
}, 300_000);
