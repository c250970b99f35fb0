import { openExportFixture } from './support.js';

// workforce_training.csv reads back in the import format and imports back to the same rows.
const fixture = openExportFixture('workforce-training');

test('the training returns are exported exactly as the file they were imported from', async () => {
  expect(await fixture.exported('workforce_training.csv')).toBe(fixture.imported('workforce_training.csv'));
});

test("one ICS's returns: its own rows only", async () => {
  expect((await fixture.exported('workforce_training.csv', '?icsCode=QHL')).trim().split('\r\n')).toEqual([
    'ics_code,organisation_type,year,tier1_in_scope,tier1_completed,tier2_in_scope,tier2_completed',
    'QHL,NHS,2025,300,240,0,0',
  ]);
});

test('exported returns import into an empty database as the same rows', async () => {
  const { original, roundTripped } = await fixture.roundTrip(['integrated_care_systems.csv', 'targets.csv', 'metrics.csv', 'workforce_training.csv']);
  expect(roundTripped).toEqual(original);
  expect(original.workforce_training).toMatch(/^7 rows/);
});
