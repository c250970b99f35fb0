import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { groupPopulationCte } from '../../src/outcome/group-population.sql.js';
import { openTestDatabase } from '../support/database.js';
import { csv, removeDatasets, writeDataset } from '../dataset/support.js';

// A population group's population comes from cohort ages, not from which cohorts exist: an authority counted in
// one 14–25 band and another counted in bands split at 18 give the same groups (4/12 of 1,200 is 400 under 18).
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await database.sql().rows(`insert into cohorts (code, label, min_age, max_age, counted_max_age, sort_order) values
    ('BAND_14_25', 'Test band 14–25', 14, 25, 25, 101), ('BAND_14_17', 'Test band 14–17', 14, 17, 17, 102),
    ('BAND_18_25', 'Test band 18–25', 18, 25, 25, 103), ('BAND_65_PLUS', 'Test band 65+', 65, null, 89, 104)`);
  await importDataset(database, writeDataset({
    'integrated_care_systems.csv': csv(
      'ods_code,ons_code,name,region_ods_code,region_name,region_ons_code',
      'QWU,E54000018,NHS Coventry and Warwickshire Integrated Care Board,Y60,Midlands,E40000011',
      'QHL,E54000055,NHS Birmingham and Solihull Integrated Care Board,Y60,Midlands,E40000011',
    ),
    'local_authorities.csv': csv('ons_code,name,tier', 'E08000025,Birmingham,METROPOLITAN_DISTRICT', 'E08000026,Coventry,METROPOLITAN_DISTRICT'),
    'places.csv': csv('ics_code,la_code,population_share', 'QWU,E08000026,0.5', 'QHL,E08000025,1'),
    'population.csv': csv(
      'la_code,cohort,year,people',
      'E08000026,BAND_14_25,2025,2400',
      'E08000026,BAND_65_PLUS,2025,700',
      'E08000025,BAND_14_17,2025,400',
      'E08000025,BAND_18_25,2025,800',
    ),
  }));
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

test('groups by age overlap, whether or not cohorts are split at 18', async () => {
  const rows = await database.sql().rows<{ ics_code: string; group_code: string; people: number }>(
    `with ${groupPopulationCte('gp', 'places')}
     select ics_code, group_code, people::float8 as people from gp order by ics_code, group_code`,
  );
  // QWU: Coventry × 0.5: 14–25 is 1,200 (400 under 18, 800 adults); 65+ is 350, all adults and all 14+.
  // QHL: Birmingham × 1: 400 aged 14–17 and 800 aged 18–25.
  expect(rows).toEqual([
    { ics_code: 'QHL', group_code: 'AGE_14_PLUS', people: 1200 },
    { ics_code: 'QHL', group_code: 'AGE_18_PLUS', people: 800 },
    { ics_code: 'QHL', group_code: 'ALL_AGES', people: 1200 },
    { ics_code: 'QHL', group_code: 'UNDER_18', people: 400 },
    { ics_code: 'QWU', group_code: 'AGE_14_PLUS', people: 1550 },
    { ics_code: 'QWU', group_code: 'AGE_18_PLUS', people: 1150 },
    { ics_code: 'QWU', group_code: 'ALL_AGES', people: 1550 },
    { ics_code: 'QWU', group_code: 'UNDER_18', people: 400 },
  ]);
});
