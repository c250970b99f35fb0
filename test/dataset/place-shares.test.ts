import type { Database } from '../../src/db/database.js';
import { DatasetRejected, formatIssue, importDataset } from '../../src/dataset/index.js';
import { KnownCodes } from '../../src/dataset/known.js';
import { shareSumRefusal } from '../../src/dataset/placeShares.js';
import { openTestDatabase } from '../support/database.js';
import { csv, removeDatasets, snapshot, writeDataset } from './support.js';

// Hampshire (E10000014) lies mostly in Hampshire and Isle of Wight (QRL); Hart and Rushmoor lie in Frimley (QNQ).
const HAMPSHIRE = 'E10000014';
const base = {
  'integrated_care_systems.csv': csv(
    'ods_code,ons_code,name,region_ods_code,region_name,region_ons_code',
    'QRL,E54000042,NHS Hampshire and Isle of Wight Integrated Care Board,Y59,South East,E40000005',
    'QNQ,E54000034,NHS Frimley Integrated Care Board,Y59,South East,E40000005',
    'QXU,E54000052,NHS Surrey Heartlands Integrated Care Board,Y59,South East,E40000005',
  ),
  'local_authorities.csv': csv('ons_code,name,tier', 'E10000014,Hampshire,COUNTY', 'E10000030,Surrey,COUNTY'),
  'places.csv': csv('ics_code,la_code,population_share', 'QRL,E10000014,1'),
};
const places = (...lines: string[]) => ({ 'places.csv': csv('ics_code,la_code,population_share', ...lines) });

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
  await importDataset(database, writeDataset(base));
});
afterEach(() => database.close());
afterAll(removeDatasets);

async function storedShares(laCode: string): Promise<Record<string, string>> {
  const rows = await database
    .sql()
    .rows<{ ics_code: string; share: string }>(
      'select ics_code, population_share::text as share from places where la_code = $1 order by ics_code',
      [laCode],
    );
  return Object.fromEntries(rows.map((row) => [row.ics_code, row.share]));
}

async function rejection(files: Record<string, string>, options = {}): Promise<DatasetRejected> {
  const error = await importDataset(database, writeDataset(files), options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetRejected);
  return error as DatasetRejected;
}

test('a share that, with the stored one, makes 1 + 0.5 is rejected naming the authority and the sum 1.5', async () => {
  const before = await snapshot(database);
  const { issues } = await rejection(places('QNQ,E10000014,0.5'));
  expect(issues.map(formatIssue)).toEqual([
    'places.csv: local authority E10000014 (Hampshire): population shares sum to 1.5 since always (QRL 1, QNQ 0.5); at most 1',
  ]);
  expect(await snapshot(database)).toEqual(before);
});

test('shares over 1 within one file, for an authority this import adds, name it by the name in the file', async () => {
  const { issues } = await rejection({
    'local_authorities.csv': csv('ons_code,name,tier', 'E06000045,Southampton,UNITARY'),
    ...places('QRL,E06000045,0.7', 'QNQ,E06000045,0.2', 'QXU,E06000045,0.100001'),
  });
  expect(issues.map(formatIssue)).toEqual([
    'places.csv: local authority E06000045 (Southampton): population shares sum to 1.000001 since always (QRL 0.7, QNQ 0.2, QXU 0.100001); at most 1',
  ]);
});

test('the check runs even when another file already has issues, and names every authority over 1', async () => {
  const { issues } = await rejection({
    ...places('QNQ,E10000014,0.5', 'QXU,E10000030,0.86', 'QNQ,E10000030,0.15'),
    'population.csv': csv('la_code,cohort,year,people', 'E10000014,ADULTS,1999,5'),
  });
  expect(issues.map(formatIssue)).toEqual([
    'places.csv: local authority E10000014 (Hampshire): population shares sum to 1.5 since always (QRL 1, QNQ 0.5); at most 1',
    'places.csv: local authority E10000030 (Surrey): population shares sum to 1.01 since always (QXU 0.86, QNQ 0.15); at most 1',
    'population.csv:2: column year: year 1999 is outside 2000–2100',
  ]);
});

test('0.86 + 0.14 is exactly 1 and accepted', async () => {
  await importDataset(database, writeDataset(places('QXU,E10000030,0.86', 'QNQ,E10000030,0.14')));
  expect(await storedShares('E10000030')).toEqual({ QNQ: '0.140000', QXU: '0.860000' });
  const [{ whole }] = await database
    .sql()
    .rows<{ whole: boolean }>("select sum(population_share) = 1 as whole from places where la_code = 'E10000030'");
  expect(whole).toBe(true);
});

test('moving share between two ICSs in one import is accepted, even written one row at a time', async () => {
  // With batches of one row, QNQ's 0.14 is written while QRL still holds 1 (1.14 for a moment):
  // the database judges the transaction at commit, where the sum is 1.
  await importDataset(database, writeDataset(places('QNQ,E10000014,0.14', 'QRL,E10000014,0.86')), { batchSize: 1 });
  expect(await storedShares(HAMPSHIRE)).toEqual({ QNQ: '0.140000', QRL: '0.860000' });
});

test('a share is compared exactly: just over 1, or finer than the column, is rejected', async () => {
  const over = await rejection(places('QNQ,E10000030,1.0000001'));
  expect(over.issues.map(formatIssue)).toEqual(["places.csv:2: column population_share: share 1.0000001 is not in (0, 1]"]);
  const fine = await rejection(places('QNQ,E10000030,0.1234567'));
  expect(fine.issues.map(formatIssue)).toEqual([
    'places.csv:2: column population_share: share 0.1234567 has more than 6 decimal places',
  ]);
});

describe('the database itself', () => {
  test('refuses a direct insert that makes 1.2, and the importer reads its refusal', async () => {
    const before = await snapshot(database);
    const error = await database
      .sql()
      .rows(`insert into places (ics_code, la_code, population_share) values ('QNQ', $1, 0.2)`, [HAMPSHIRE])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23514', constraint: 'places_population_share_sum' });
    expect(await snapshot(database)).toEqual(before);

    const known = new KnownCodes();
    known.localAuthorityNames.set(HAMPSHIRE, 'Hampshire');
    expect(shareSumRefusal(error, known)).toEqual({
      column: '',
      message: 'local authority E10000014 (Hampshire): population shares sum to 1.2 since always; at most 1',
    });
    expect(shareSumRefusal(new Error('other'), known)).toBeUndefined();
  });

  test('accepts a transaction that moves share in two statements, the sum passing 1 in between', async () => {
    await database.fork().transactional(async (em) => {
      const sql = database.sql(em);
      await sql.rows(`insert into places (ics_code, la_code, population_share) values ('QNQ', $1, 0.2)`, [HAMPSHIRE]);
      await sql.rows(`update places set population_share = 0.8 where ics_code = 'QRL' and la_code = $1`, [HAMPSHIRE]);
    });
    expect(await storedShares(HAMPSHIRE)).toEqual({ QNQ: '0.200000', QRL: '0.800000' });
  });
});

describe('shares over time: at most 1 at each date', () => {
  // Surrey (E10000030) before and after 1 April 2026: 0.86 Surrey Heartlands + 0.14 Frimley until 31 March,
  // then wholly in one ICS. Each period sums to 1; the periods do not overlap (valid_to is inclusive).
  const dated = (...lines: string[]) => ({ 'places.csv': csv('ics_code,la_code,population_share,valid_from,valid_to', ...lines) });

  test('two consecutive periods each summing to 1 are accepted', async () => {
    await importDataset(
      database,
      writeDataset(dated('QXU,E10000030,0.86,,2026-03-31', 'QNQ,E10000030,0.14,,2026-03-31', 'QXU,E10000030,1,2026-04-01,')),
    );
    const rows = await database.sql().rows<{ ics_code: string; share: string; valid_from: string | null; valid_to: string | null }>(
      `select ics_code, population_share::text as share, to_char(valid_from, 'YYYY-MM-DD') as valid_from,
         to_char(valid_to, 'YYYY-MM-DD') as valid_to
       from places where la_code = 'E10000030' order by valid_from nulls first, ics_code`,
    );
    expect(rows).toEqual([
      { ics_code: 'QNQ', share: '0.140000', valid_from: null, valid_to: '2026-03-31' },
      { ics_code: 'QXU', share: '0.860000', valid_from: null, valid_to: '2026-03-31' },
      { ics_code: 'QXU', share: '1.000000', valid_from: '2026-04-01', valid_to: null },
    ]);
  });

  test('overlapping periods summing to 1.5 are refused, naming the authority, the first date over 1 and the sum', async () => {
    // From 2026-04-01 QXU 1 (new period) and the undated QNQ 0.5 (still valid) overlap: 1.5. Before it, 0.5.
    const before = await snapshot(database);
    const { issues } = await rejection(dated('QNQ,E10000030,0.5,,', 'QXU,E10000030,1,2026-04-01,'));
    expect(issues.map(formatIssue)).toEqual([
      'places.csv: local authority E10000030 (Surrey): population shares sum to 1.5 on 2026-04-01 (QXU 1, QNQ 0.5); at most 1',
    ]);
    expect(await snapshot(database)).toEqual(before);
  });

  test('a period ending the day before another starts does not overlap it; ending on that day does', async () => {
    await importDataset(database, writeDataset(dated('QRL,E10000014,1,,2026-03-31', 'QNQ,E10000014,0.2,2026-04-01,')));
    const { issues } = await rejection(dated('QRL,E10000014,1,,2026-04-01'));
    expect(issues.map(formatIssue)).toEqual([
      'places.csv: local authority E10000014 (Hampshire): population shares sum to 1.2 on 2026-04-01 (QRL 1, QNQ 0.2); at most 1',
    ]);
  });

  test('the database refuses overlapping periods over 1 too, naming the date', async () => {
    // The base dataset holds QRL 1 since always for Hampshire; a dated QNQ 0.5 overlaps it from 2027-04-01.
    const error = await database
      .sql()
      .rows(`insert into places (ics_code, la_code, population_share, valid_from) values ('QNQ', $1, 0.5, '2027-04-01')`, [HAMPSHIRE])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23514', constraint: 'places_population_share_sum' });
    expect(shareSumRefusal(error, undefined)).toEqual({
      column: '',
      message: 'local authority E10000014: population shares sum to 1.5 on 2027-04-01; at most 1',
    });
  });

  test('the database accepts consecutive periods each summing to 1', async () => {
    await database.fork().transactional(async (em) => {
      const sql = database.sql(em);
      await sql.rows(`update places set valid_to = '2026-03-31' where ics_code = 'QRL' and la_code = $1`, [HAMPSHIRE]);
      await sql.rows(
        `insert into places (ics_code, la_code, population_share, valid_from) values ('QRL', $1, 0.9, '2026-04-01'), ('QNQ', $1, 0.1, '2026-04-01')`,
        [HAMPSHIRE],
      );
    });
    const [{ rows }] = await database.sql().rows<{ rows: number }>('select count(*)::int as rows from places where la_code = $1', [HAMPSHIRE]);
    expect(rows).toBe(3);
  });
});
