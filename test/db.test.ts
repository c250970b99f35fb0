import { openTestDatabase } from './support/database.js';
import type { Database } from '../src/db/database.js';
import { isReady } from '../src/db/database.js';

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
