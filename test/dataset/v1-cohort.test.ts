import type { Database } from '../../src/db/database.js';
import { DatasetRejected, importDataset } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { csv, removeDatasets, smallDataset, snapshot, writeDataset } from './support.js';

// DOMAIN.md v2: PREPARING_FOR_ADULTHOOD (14–25) is no longer a cohort. A dataset still using it is rejected in every
// file with a cohort column, and in a service's list of cohorts, with a message naming the two codes that replace it.
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await importDataset(database, writeDataset(smallDataset));
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

const rows = (file: string, ...lines: string[]) => ({ [file]: csv(smallDataset[file].split('\n')[0], ...lines) });
const NEW_CODES = 'split at 18 into CHILDREN_14_17 (14–17) and YOUNG_ADULTS_18_25 (18–25)';

test('every file with a cohort column names the row, the column and the two new codes', async () => {
  const stored = await snapshot(database);
  const error = await importDataset(
    database,
    writeDataset({
      ...rows('population.csv', 'E08000026,ADULTS,2025,3', 'E08000026,PREPARING_FOR_ADULTHOOD,2025,3'),
      ...rows('needs.csv', 'E08000026,PREPARING_FOR_ADULTHOOD,AUTISM,COMMUNITY_SUPPORT,2025,1,JSNA'),
      ...rows('services.csv', 'QWU-SVC-009,Crisis Team,QWU,E08000026,ICB,A provider,CRISIS_AND_INTENSIVE_SUPPORT,ADULTS;PREPARING_FOR_ADULTHOOD,AUTISM,10,2024-04-01,'),
      ...rows('housing_plan.csv', 'QWU,,SUPPORTED_LIVING,PREPARING_FOR_ADULTHOOD,2025,1'),
      ...rows('finance_plan.csv', 'QWU,ICB_BASELINE,COMMUNITY_SUPPORT,PREPARING_FOR_ADULTHOOD,2025,10,false'),
      ...rows('unit_costs.csv', 'COMMUNITY_SUPPORT,PREPARING_FOR_ADULTHOOD,2025,5'),
    }),
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetRejected);
  const message = expect.stringContaining(NEW_CODES);
  expect((error as DatasetRejected).issues).toEqual([
    { file: 'population.csv', line: 3, column: 'cohort', message },
    { file: 'needs.csv', line: 2, column: 'cohort', message },
    { file: 'services.csv', line: 2, column: 'cohorts', message },
    { file: 'housing_plan.csv', line: 2, column: 'cohort', message },
    { file: 'finance_plan.csv', line: 2, column: 'cohort', message },
    { file: 'unit_costs.csv', line: 2, column: 'cohort', message },
  ]);
  expect((error as DatasetRejected).issues[0].message).toBe(
    "'PREPARING_FOR_ADULTHOOD' (14–25) is no longer a cohort: since v2 it is " + NEW_CODES +
      ', the cohort group PREPARING_FOR_ADULTHOOD; give each row one of the two codes',
  );
  expect(await snapshot(database)).toEqual(stored);
});
