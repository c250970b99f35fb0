import { openTestApi, type TestApi } from '../support/api.js';
import type { Vars } from './paging.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

test('cohorts are the life-stage bands, youngest first, with inclusive ages, split at 18 inside their group', async () => {
  const data = await api.query<{ cohorts: unknown[] }>('{ cohorts { code label minAge maxAge countedMaxAge group sortOrder } }');
  expect(data.cohorts).toEqual([
    { code: 'EARLY_YEARS', label: 'Early years (0–4)', minAge: 0, maxAge: 4, countedMaxAge: 4, group: null, sortOrder: 1 },
    { code: 'PRIMARY_SCHOOL', label: 'Primary school age (5–10)', minAge: 5, maxAge: 10, countedMaxAge: 10, group: null, sortOrder: 2 },
    { code: 'SECONDARY_SCHOOL', label: 'Secondary school age (11–13)', minAge: 11, maxAge: 13, countedMaxAge: 13, group: null, sortOrder: 3 },
    { code: 'CHILDREN_14_17', label: 'Children (14–17)', minAge: 14, maxAge: 17, countedMaxAge: 17, group: 'PREPARING_FOR_ADULTHOOD', sortOrder: 4 },
    { code: 'YOUNG_ADULTS_18_25', label: 'Young adults (18–25)', minAge: 18, maxAge: 25, countedMaxAge: 25, group: 'PREPARING_FOR_ADULTHOOD', sortOrder: 5 },
    { code: 'ADULTS', label: 'Adults (26–64)', minAge: 26, maxAge: 64, countedMaxAge: 64, group: null, sortOrder: 6 },
    // Open-ended, taken as 65–89 where single years of age are counted.
    { code: 'OLDER_ADULTS', label: 'Older adults (65+)', minAge: 65, maxAge: null, countedMaxAge: 89, group: null, sortOrder: 7 },
  ]);
});

test('need categories and pathway stages come in their order, stages with what they cover', async () => {
  const data = await api.query<{
    needCategories: { code: string; label: string }[];
    pathwayStages: { code: string; label: string; description: string; sortOrder: number }[];
  }>('{ needCategories { code label } pathwayStages { code label description sortOrder } }');
  expect(data.needCategories.map((c) => c.code)).toEqual([
    'LEARNING_DISABILITY',
    'AUTISM',
    'LEARNING_DISABILITY_AND_AUTISM',
  ]);
  expect(data.pathwayStages.map((s) => s.code)).toEqual([
    'PREVENTION_EARLY_INTERVENTION',
    'COMMUNITY_SUPPORT',
    'HOUSING_AND_ACCOMMODATION',
    'CRISIS_AND_INTENSIVE_SUPPORT',
    'SPECIALIST_INPATIENT',
    'DISCHARGE_AND_STEP_DOWN',
  ]);
  expect(data.pathwayStages.map((s) => s.sortOrder)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(data.pathwayStages.find((s) => s.code === 'HOUSING_AND_ACCOMMODATION')?.description).toContain(
    'Supported living',
  );
});

interface Target {
  metricCode: string;
  scope: string;
  icsCode: string | null;
  due: string;
}

const TARGETS = `query ($metricCode: String, $icsCode: String) {
  targets(metricCode: $metricCode, icsCode: $icsCode) {
    metricCode scope icsCode populationGroup targetValue unit direction due source metric { code }
  }
}`;

const targets = async (variables: { metricCode?: string; icsCode?: string } = {}) =>
  (await api.query<{ targets: (Target & Record<string, unknown>)[] }, Vars>(TARGETS, variables)).targets;

test('every stored target is listed, national before local, with its metric', async () => {
  const [{ n }] = await api.app.database.sql().rows<{ n: number }>('select count(*)::int as n from targets');
  const all = await targets();
  expect(all).toHaveLength(n);
  for (const target of all) {
    expect(target.scope).toBe(target.icsCode ?? 'England');
    expect(target.metric).toEqual({ code: target.metricCode });
  }
  const order = all.map((t) => [t.metricCode, t.icsCode ?? ' ', t.due].join('|'));
  expect(order).toEqual([...order].sort());
  // Coventry and Warwickshire's trajectory is a headcount beside the national rate.
  expect(all).toContainEqual(expect.objectContaining({ metricCode: 'INPATIENTS_ADULT', scope: 'QWU', targetValue: 28, unit: 'COUNT', due: '2024-03-31' }));
  expect(all).toContainEqual(
    expect.objectContaining({
      metricCode: 'INPATIENTS_ADULT',
      scope: 'England',
      populationGroup: 'AGE_18_PLUS',
      targetValue: 30,
      unit: 'PER_MILLION',
      direction: 'AT_MOST',
      due: '2024-03-31',
      source: 'NHS Long Term Plan (2019): no more than 30 per million adults',
    }),
  );
});

test.each([
  [{ metricCode: 'INPATIENTS_UNDER_18' }, (t: Target) => t.metricCode === 'INPATIENTS_UNDER_18'],
  [{ icsCode: 'QWU' }, (t: Target) => t.icsCode === null || t.icsCode === 'QWU'],
  [{ icsCode: 'E54000018' }, (t: Target) => t.icsCode === null || t.icsCode === 'QWU'],
  [{ icsCode: 'QHL' }, (t: Target) => t.icsCode === null || t.icsCode === 'QHL'],
  [
    { metricCode: 'INPATIENTS_ADULT', icsCode: 'qwu' },
    (t: Target) => t.metricCode === 'INPATIENTS_ADULT' && (t.icsCode === null || t.icsCode === 'QWU'),
  ],
])('targets(%j) keeps exactly the targets that apply', async (args, applies) => {
  const all = await targets();
  const filtered = await targets(args);
  expect(filtered).toEqual(all.filter(applies));
  expect(filtered.length).toBeGreaterThan(0);
});
