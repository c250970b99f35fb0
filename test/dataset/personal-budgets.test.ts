import type { Database } from '../../src/db/database.js';
import { DatasetRejected, importDataset, type DatasetIssue } from '../../src/dataset/index.js';
import { openTestDatabase } from '../support/database.js';
import { csv, removeDatasets, smallDataset, snapshot, writeDataset } from './support.js';

// personal_budgets.csv: each bad row rejects the import with file, line, column and reason; stored data unchanged.
let database: Database;
let stored: Awaited<ReturnType<typeof snapshot>>;
beforeAll(async () => {
  database = await openTestDatabase();
  await importDataset(database, writeDataset(smallDataset));
  stored = await snapshot(database);
});
afterAll(async () => {
  await database.close();
  removeDatasets();
});

const HEADER = 'la_code,cohort,need_category,year,budget_type,delivery_mechanism,people,annual_spend_gbp,integrated';
const budgets = (...lines: string[]) => ({ 'personal_budgets.csv': csv(HEADER, ...lines) });
const line = (changes: Partial<Record<'la' | 'cohort' | 'year' | 'type' | 'mechanism' | 'people' | 'spend' | 'integrated', string>>) =>
  [
    changes.la ?? 'E08000026', changes.cohort ?? 'ADULTS', 'AUTISM', changes.year ?? '2025', changes.type ?? 'SOCIAL_CARE',
    changes.mechanism ?? 'MANAGED_PERSONAL_BUDGET', changes.people ?? '12', changes.spend ?? '150000', changes.integrated ?? '',
  ].join(',');

type Case = [name: string, files: Record<string, string>, issue: [line: number, column: string, message: string]];

const cases: Case[] = [
  ['a PHB mechanism on a social care line', budgets(line({ mechanism: 'NOTIONAL' })),
    [2, 'delivery_mechanism', 'NOTIONAL is not a SOCIAL_CARE delivery mechanism; allowed for SOCIAL_CARE: DIRECT_PAYMENT_ONLY, PART_DIRECT_PAYMENT, MANAGED_PERSONAL_BUDGET, COMMISSIONED_SUPPORT_ONLY']],
  ['a social care mechanism on a PHB line', budgets(line({ type: 'PHB', mechanism: 'DIRECT_PAYMENT_ONLY' })),
    [2, 'delivery_mechanism', 'DIRECT_PAYMENT_ONLY is not a PHB delivery mechanism; allowed for PHB: NOTIONAL, THIRD_PARTY, DIRECT_PAYMENT']],
  ['an unknown budget type', budgets(line({ type: 'HEALTH' })),
    [2, 'budget_type', "unknown value 'HEALTH'; allowed: SOCIAL_CARE, PHB"]],
  ['an unknown mechanism', budgets(line({ mechanism: 'ISF' })), [2, 'delivery_mechanism', "unknown value 'ISF'"]],
  ['integrated budgets over the people of the line', budgets(line({ people: '5', integrated: '6' })),
    [2, 'integrated', '6 people with an integrated budget is more than people (5)']],
  ['a fractional integrated count', budgets(line({ integrated: '1.5' })), [2, 'integrated', "'1.5' is not an integer"]],
  ['negative people', budgets(line({ people: '-1' })), [2, 'people', 'is negative; must be 0 or more']],
  ['spend that is not money', budgets(line({ spend: '£150k' })), [2, 'annual_spend_gbp', 'is not a number']],
  ['an unknown authority', budgets(line({ la: 'E06000999' })), [2, 'la_code', "unknown local authority 'E06000999'"]],
  ['an unknown cohort', budgets(line({ cohort: 'ADULT' })), [2, 'cohort', "unknown cohort 'ADULT'"]],
  ['the v1 cohort', budgets(line({ cohort: 'PREPARING_FOR_ADULTHOOD' })), [2, 'cohort', 'CHILDREN_14_17']],
  ['a year out of range', budgets(line({ year: '1999' })), [2, 'year', 'year 1999 is outside 2000–2100']],
  ['a line repeated', budgets(line({}), line({ people: '13' })),
    [3, 'la_code, cohort, need_category, year, budget_type, delivery_mechanism', 'duplicate of line 2']],
  ['a bad line after good ones', budgets(line({}), line({ type: 'PHB', mechanism: 'NOTIONAL' }), line({ type: 'PHB', mechanism: 'MANAGED_PERSONAL_BUDGET' })),
    [4, 'delivery_mechanism', 'is not a PHB delivery mechanism']],
];

test.each(cases)('%s: rejected with the issue, nothing stored', async (_name, files, [lineNumber, column, message]) => {
  const error = await importDataset(database, writeDataset(files)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetRejected);
  expect((error as DatasetRejected).issues[0]).toEqual<DatasetIssue>({
    file: 'personal_budgets.csv', line: lineNumber, column, message: expect.stringContaining(message),
  });
  expect(await snapshot(database)).toEqual(stored);
});

test('the file without its optional integrated column imports, and a second import changes nothing', async () => {
  const files = { 'personal_budgets.csv': csv(HEADER.replace(',integrated', ''), 'E08000026,ADULTS,AUTISM,2025,SOCIAL_CARE,COMMISSIONED_SUPPORT_ONLY,7,70000') };
  await importDataset(database, writeDataset(files));
  const once = await snapshot(database);
  expect(once.personal_budgets.rows).toBe(stored.personal_budgets.rows + 1);
  const report = await importDataset(database, writeDataset(files));
  expect(report.files.flatMap((file) => file.tables).filter((t) => t.inserted || t.updated || t.deleted)).toEqual([]);
  expect(await snapshot(database)).toEqual(once);
});
