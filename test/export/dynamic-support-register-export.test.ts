import { importDataset } from '../../src/dataset/index.js';
import { openExportFixture } from './support.js';

// dynamic_support_register.csv read back in the import format (blank keyworker columns stay blank), and imported
// back to the same rows.
const fixture = openExportFixture('dsr-crisis-need');

test('the register is exported exactly as the file it was imported from', async () => {
  expect(await fixture.exported('dynamic_support_register.csv')).toBe(fixture.imported('dynamic_support_register.csv'));
});

test('the exported register imports into an empty database as the same rows, and again changes nothing', async () => {
  const { original, roundTripped, folder } = await fixture.roundTrip([
    'integrated_care_systems.csv', 'local_authorities.csv', 'places.csv', 'dynamic_support_register.csv',
  ]);
  expect(roundTripped.dynamic_support_register).toEqual(original.dynamic_support_register);
  expect(original.dynamic_support_register).toMatch(/^6 rows/);
  const again = await importDataset(fixture.copy(), folder);
  expect(again.files.flatMap((file) => file.tables).filter((t) => t.inserted || t.updated || t.deleted)).toEqual([]);
});
