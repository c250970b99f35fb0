import { openExportFixture } from './support.js';

// inpatient_census.csv and targets.csv read back in the import format, and import back to the same rows.
const fixture = openExportFixture('inpatients');

test('the census is exported exactly as the file it was imported from', async () => {
  expect(await fixture.exported('inpatient_census.csv')).toBe(fixture.imported('inpatient_census.csv'));
});

test("one ICS's census and targets: its own rows and the national targets", async () => {
  const census = (await fixture.exported('inpatient_census.csv', '?icsCode=QHL')).trim().split('\r\n');
  expect(census).toEqual([
    'ics_code,population_group,commissioner,period_end,inpatients,total_los_5_years_plus,outside_home_icb,admissions,transfers,discharges,cetr_due,cetr_on_time,status',
    'QHL,AGE_18_PLUS,ICB,2025-03-31,0,0,0,1,0,2,1,1,FINAL',
    'QHL,UNDER_18,JOINT,2024-12-31,2,0,1,1,0,0,1,0,FINAL',
    'QHL,UNDER_18,NHS_ENGLAND_SPECIALISED,2025-03-31,5,0,3,2,1,1,2,2,FINAL',
  ]);
  const targets = (await fixture.exported('targets.csv', '?icsCode=QHL')).trim().split('\r\n');
  expect(targets[0]).toBe('metric_code,scope,population_group,target_value,unit,direction,due,source,metric');
  expect(targets.slice(1).map((line) => line.split(',').slice(1, 5).join(','))).toEqual([
    'England,AGE_18_PLUS,30.0000,PER_MILLION', 'England,AGE_18_PLUS,25.0000,PER_MILLION',
    'England,UNDER_18,15.0000,PER_MILLION', 'QHL,UNDER_18,4.0000,COUNT',
  ]);
});

test('exported targets and census import into an empty database as the same rows', async () => {
  const { original, roundTripped } = await fixture.roundTrip([
    'integrated_care_systems.csv', 'local_authorities.csv', 'places.csv', 'population.csv', 'services.csv', 'targets.csv', 'inpatient_census.csv',
  ]);
  expect(roundTripped).toEqual(original);
  expect(original.inpatient_census).toMatch(/^15 rows/);
  expect(original.targets).toMatch(/^7 rows/);
});
