import type { Database } from '../../src/db/database.js';
import { DatasetRejected, importDataset } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { removeDatasets, writeDataset } from './support.js';

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
