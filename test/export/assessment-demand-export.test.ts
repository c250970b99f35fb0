import { importDataset } from '../../src/dataset/index.js';
import { checksums, openExportFixture } from './support.js';

// assessment_demand.csv reads back in the import format, and imports back to the same rows.
const fixture = openExportFixture('diagnostic-assessment');

test('the returns are exported exactly as the file they were imported from', async () => {
  expect(await fixture.exported('assessment_demand.csv')).toBe(fixture.imported('assessment_demand.csv'));
});

test("one ICS's returns: those of its places' authorities only", async () => {
  const rows = (await fixture.exported('assessment_demand.csv', '?icsCode=QHL')).trim().split('\r\n');
  expect(rows).toEqual([
    'la_code,need_category,cohort,period_end,referrals,closed_without_assessment,completed,waiting,waiting_13_weeks_plus',
    'E08000025,AUTISM,ADULTS,2025-06-30,50,5,10,30,0',
    'E08000025,AUTISM,ADULTS,2025-12-31,50,5,20,70,25',
  ]);
});

test('exported returns import into an empty database as the same rows, and a second import changes nothing', async () => {
  const { original, roundTripped, folder } = await fixture.roundTrip([
    'integrated_care_systems.csv', 'local_authorities.csv', 'places.csv', 'services.csv', 'assessment_demand.csv',
  ]);
  expect(roundTripped).toEqual(original);
  expect(original.assessment_demand).toMatch(/^15 rows/);
  await importDataset(fixture.copy(), folder);
  expect(await checksums(fixture.copy())).toEqual(original);
});
