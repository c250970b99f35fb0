import { openTestDatabase } from './support/database.js';
import type { Database } from '../src/db/database.js';
import { isReady } from '../src/db/database.js';
import { DatabaseClosed } from '../src/db/sql.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

test('the test database is migrated and holds the reference vocabularies', async () => {
  expect(await isReady(database)).toBe(true);
  const rows = await database.fork().getConnection().execute('select code from cohorts order by sort_order');
  expect(rows.map((r) => r.code)).toEqual([
    'EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', 'CHILDREN_14_17', 'YOUNG_ADULTS_18_25', 'ADULTS', 'OLDER_ADULTS',
  ]);
});

test('a statement after close fails as DatabaseClosed instead of opening the database again', async () => {
  const closing = await openTestDatabase();
  const runner = closing.sql();
  expect(await runner.rows<{ one: number }>('select 1 as one')).toEqual([{ one: 1 }]);
  await closing.close();
  await expect(runner.rows('select 1')).rejects.toBeInstanceOf(DatabaseClosed);
  await expect(closing.sql().stream('select 1').next()).rejects.toBeInstanceOf(DatabaseClosed);
});
