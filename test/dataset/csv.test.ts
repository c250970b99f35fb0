import type { Database } from '../../src/db/database.js';
import { DatasetRejected, importDataset } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { removeDatasets, snapshot, writeDataset } from './support.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

const localAuthorities = (...rows: string[]) => ({
  // A byte-order mark, CRLF line ends and columns in another order than the spec's, plus an extra column.
  'local_authorities.csv': `\uFEFFtier,notes,name,ons_code\r\n${rows.join('\r\n')}\r\n`,
  'README.md': '# not a dataset file',
});

test('a quoted field keeps its comma, quotes and line break', async () => {
  await importDataset(
    database,
    writeDataset(
      localAuthorities('UNITARY,,"Kingston upon Hull,\r\n""City of""",E06000010', 'COUNTY,x,Warwickshire,E10000031'),
    ),
  );
  const rows = await database.fork().getConnection().execute('select ons_code, name from local_authorities order by 1');
  expect(rows).toEqual([
    { ons_code: 'E06000010', name: 'Kingston upon Hull,\r\n"City of"' },
    { ons_code: 'E10000031', name: 'Warwickshire' },
  ]);
});

test('a record is reported at the line it starts on, after a record spanning lines', async () => {
  const error = await importDataset(
    database,
    writeDataset(
      localAuthorities('UNITARY,,"Kingston upon Hull,\r\nCity of",E06000010', 'SHIRE,,Warwickshire,E10000031'),
    ),
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetRejected);
  expect((error as DatasetRejected).issues).toEqual([
    {
      file: 'local_authorities.csv',
      line: 4,
      column: 'tier',
      message: expect.stringContaining("unknown value 'SHIRE'"),
    },
  ]);
});

// Syntax and encoding errors stop the file: each is reported where the bad value starts, with its column.
const laHeader = 'ons_code,name,tier';
const laRows = (...rows: string[]) => ({ 'local_authorities.csv': `${[laHeader, ...rows].join('\r\n')}\r\n` });
/** Lines 2–9: valid rows, so the problem on line 10 comes after a full batch of records already parsed. */
const eightRows = Array.from({ length: 8 }, (_, i) => `E0600000${i + 1},Authority ${i + 1},UNITARY`);

async function firstIssue(files: Record<string, string | Uint8Array>) {
  const error = await importDataset(database, writeDataset(files)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetRejected);
  return (error as DatasetRejected).issues[0];
}

// prettier-ignore
const syntaxCases: [name: string, rows: string[], line: number, column: string, message: string][] = [
  ['a closing quote followed by text', [...eightRows, 'E06000010,"Hull" City,UNITARY', 'E10000031,Warwickshire,COUNTY'], 10, 'name', "not valid CSV: this quoted value's closing quote is followed by a space, not a comma or line end"],
  ['a quote inside an unquoted value', [...eightRows, 'E06000010,Kingston "upon" Hull,UNITARY', 'E10000031,Warwickshire,COUNTY'], 10, 'name', "not valid CSV: a quote inside the unquoted value 'Kingston '"],
  ['a quoted value never closed, after a value spanning lines', ['E06000001,"Hartle\r\npool",UNITARY', ...eightRows.slice(1), 'E06000010,Hull,"UNITARY', 'E10000031,Warwickshire,COUNTY'], 11, 'tier', 'not valid CSV: this quoted value is never closed'],
  ['a quoted value never closed in the first column', [...eightRows, '', '"E06000010,Hull,UNITARY'], 11, 'ons_code', 'not valid CSV: this quoted value is never closed'],
  ['too few fields', [...eightRows, 'E06000010,Hull'], 10, 'tier', 'has 2 fields; the header has 3 (no value for this column)'],
  ['too many fields', [...eightRows, 'E06000010,Kingston upon Hull, City of,UNITARY'], 10, '', "has 4 fields; the header has 3 (field 4, 'UNITARY', has no column; quote a value holding a comma)"],
];

test.each(syntaxCases)('%s: reported at its line and column', async (_name, rows, line, column, message) => {
  const stored = await snapshot(database);
  expect(await firstIssue(laRows(...rows))).toEqual({
    file: 'local_authorities.csv',
    line,
    column,
    message: expect.stringContaining(message),
  });
  expect(await snapshot(database)).toEqual(stored);
});

test('bytes that are not UTF-8 are rejected at their line and column, not stored as U+FFFD', async () => {
  const stored = await snapshot(database);
  // Latin-1 (as Excel's plain "CSV" saves it): é is the single byte 0xE9, on the second line of a quoted value.
  const latin1 = Buffer.from(
    `${laHeader}\nE06000001,Hartlepool,UNITARY\nE06000002,"Middlesbrough\nCafé",UNITARY\n`,
    'latin1',
  );
  expect(await firstIssue({ 'local_authorities.csv': latin1 })).toEqual({
    file: 'local_authorities.csv',
    line: 4,
    column: 'name',
    message: `not valid UTF-8: byte 0xE9 after 'Caf'; save the file as UTF-8 (in Excel: "CSV UTF-8")`,
  });
  expect(await snapshot(database)).toEqual(stored);
});

test('a truncated UTF-8 sequence in the header is reported on line 1', async () => {
  const header = Buffer.concat([Buffer.from('ons_code,na'), Buffer.from([0xe2, 0x82]), Buffer.from('me,tier\n')]);
  expect(await firstIssue({ 'local_authorities.csv': header })).toEqual({
    file: 'local_authorities.csv',
    line: 1,
    column: '',
    message: expect.stringMatching(/^not valid UTF-8: byte 0xE2 after 'na'; .* \(field 2 of the header\)$/),
  });
});

test('a byte-order mark before a quoted header name, and UTF-8 beyond Latin-1, are read', async () => {
  await importDataset(
    database,
    writeDataset({ 'local_authorities.csv': `\uFEFF"ons_code",name,tier\nE06000047,"County Durham — 🏞",UNITARY\n` }),
  );
  const rows = await database
    .fork()
    .getConnection()
    .execute(`select name from local_authorities where ons_code = 'E06000047'`);
  expect(rows).toEqual([{ name: 'County Durham — 🏞' }]);
});

test('a NUL byte, valid UTF-8 that text cannot hold, is rejected at its line instead of by the database', async () => {
  const nul = Buffer.from(`${laHeader}\nE06000010,Hu\u0000ll,UNITARY\n`, 'utf8');
  expect(await firstIssue({ 'local_authorities.csv': nul })).toEqual({
    file: 'local_authorities.csv',
    line: 2,
    column: 'name',
    message: "a NUL byte (0x00) after 'Hu', which text cannot hold; remove it",
  });
});
