import type { TestApi } from '../support/api.js';
import { openFixtureApi } from './support/fixtures.js';
import { FINDINGS_QUERY, type FindingsResult } from './support/findings-query.js';

type Variables = Record<string, unknown>;

let api: TestApi;
beforeAll(async () => {
  api = await openFixtureApi('severity-thresholds');
});
afterAll(() => api?.close());

const findings = (variables: Variables) => api.query<FindingsResult, Variables>(FINDINGS_QUERY, variables);
const communityFilter = { icsCode: 'QWU', domain: 'SERVICES', pathwayStage: 'COMMUNITY_SUPPORT' };

test('pages follow each other through cursors and agree on the total', async () => {
  const all = await findings({ filter: communityFilter, orderBy: 'PATHWAY', first: 500 });
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: FindingsResult = await findings({ filter: communityFilter, orderBy: 'PATHWAY', first: 5, after });
    expect(page.gapFindings.totalCount).toBe(13);
    seen.push(...page.gapFindings.edges.map((edge) => `${edge.node.cohort}/${edge.node.needCategory}`));
    if (!page.gapFindings.pageInfo.hasNextPage) break;
    after = page.gapFindings.pageInfo.endCursor;
  }
  expect(seen).toEqual(all.gapFindings.edges.map((edge) => `${edge.node.cohort}/${edge.node.needCategory}`));
});

test('a page past the end still reports the total', async () => {
  const first = await findings({ filter: communityFilter, first: 13 });
  const beyond = await findings({ filter: communityFilter, first: 5, after: first.gapFindings.pageInfo.endCursor });
  expect(beyond.gapFindings.edges).toEqual([]);
  expect(beyond.gapFindings.totalCount).toBe(13);
  expect(beyond.gapFindings.pageInfo.hasPreviousPage).toBe(true);
});

test('every request is answered by one SQL statement, validation included', async () => {
  for (const first of [1, 13, 500]) {
    api.statements.length = 0;
    await findings({ filter: { ...communityFilter, cohort: 'ADULTS', minSeverity: 'LOW' }, first });
    expect(api.statements).toHaveLength(1);
  }
});

test('other orders: largest gap, lowest coverage, largest need', async () => {
  const order = async (orderBy: string) =>
    (await findings({ filter: communityFilter, orderBy, first: 3 })).gapFindings.edges.map((e) => [e.node.cohort, e.node.needCategory]);
  expect(await order('GAP')).toEqual([
    ['YOUNG_ADULTS_18_25', 'LEARNING_DISABILITY'],
    ['EARLY_YEARS', 'LEARNING_DISABILITY'],
    ['OLDER_ADULTS', 'LEARNING_DISABILITY_AND_AUTISM'],
  ]);
  expect(await order('COVERAGE')).toEqual([
    ['YOUNG_ADULTS_18_25', 'LEARNING_DISABILITY'],
    ['EARLY_YEARS', 'LEARNING_DISABILITY'],
    ['OLDER_ADULTS', 'LEARNING_DISABILITY_AND_AUTISM'],
  ]);
  // Ties on need are broken in pathway order.
  expect(await order('NEED')).toEqual([
    ['EARLY_YEARS', 'LEARNING_DISABILITY'],
    ['YOUNG_ADULTS_18_25', 'LEARNING_DISABILITY'],
    ['YOUNG_ADULTS_18_25', 'LEARNING_DISABILITY_AND_AUTISM'],
  ]);
});

test('thresholds come from configuration', async () => {
  const severityOf = async (cohort: string, needCategory: string) =>
    (await findings({ filter: { ...communityFilter, cohort, needCategory }, first: 1 })).gapFindings.edges[0].node.severity;
  process.env.GAP_THRESHOLD_LOW = '0.95';
  process.env.GAP_THRESHOLD_MEDIUM = '0.9';
  try {
    expect(await severityOf('ADULTS', 'AUTISM')).toBe('LOW'); // 0.95: exactly the configured LOW threshold
    expect(await severityOf('ADULTS', 'LEARNING_DISABILITY_AND_AUTISM')).toBe('MEDIUM'); // 0.9
    expect(await severityOf('OLDER_ADULTS', 'LEARNING_DISABILITY')).toBe('HIGH'); // 0.89
  } finally {
    delete process.env.GAP_THRESHOLD_LOW;
    delete process.env.GAP_THRESHOLD_MEDIUM;
  }
  expect(await severityOf('OLDER_ADULTS', 'LEARNING_DISABILITY')).toBe('MEDIUM');
});

describe('caller errors name the argument at fault', () => {
  const cases: [string, Variables, string][] = [
    ['unknown ICS', { filter: { icsCode: 'ZZZ' } }, `Argument "filter.icsCode": no ICS has the ODS or ONS code 'ZZZ'`],
    ['unknown authority', { filter: { laCode: 'E06999999' } }, `Argument "filter.laCode": no local authority has the ONS code 'E06999999'`],
    ['authority outside the ICS', { filter: { icsCode: 'QWU', laCode: 'E10000031' } }, 'Argument "filter.laCode": E10000031 is not a place of ICS QWU'],
    [
      'unknown cohort',
      { filter: { cohort: 'TEENAGERS' } },
      `Argument "filter.cohort": unknown cohort 'TEENAGERS'; known: EARLY_YEARS, PRIMARY_SCHOOL, SECONDARY_SCHOOL, CHILDREN_14_17, YOUNG_ADULTS_18_25, ADULTS, OLDER_ADULTS`,
    ],
    [
      'the v1 cohort, now a cohort group',
      { filter: { cohort: 'PREPARING_FOR_ADULTHOOD' } },
      `Argument "filter.cohort": unknown cohort 'PREPARING_FOR_ADULTHOOD' (since v2 a cohort group: ask for CHILDREN_14_17 or YOUNG_ADULTS_18_25, or group analytics by cohortGroup); known: EARLY_YEARS, `,
    ],
    ['unknown need category', { filter: { needCategory: 'DYSLEXIA' } }, `Argument "filter.needCategory": unknown need category 'DYSLEXIA'`],
    ['unknown stage', { filter: { pathwayStage: 'TRIAGE' } }, `Argument "filter.pathwayStage": unknown pathway stage 'TRIAGE'`],
    ['finance at place level', { filter: { level: 'PLACE', domain: 'FINANCE' } }, 'Argument "filter.domain": FINANCE findings exist at ICS level only'],
    ['years the wrong way round', { filter: { fromYear: 2027, toYear: 2025 } }, 'Argument "filter.toYear": must not be before fromYear'],
    ['page too large', { filter: {}, first: 501 }, 'Argument "first": must be between 0 and 500'],
  ];
  test.each(cases)('%s', async (_, variables, message) => {
    const errors = await api.errorsOf(FINDINGS_QUERY, variables);
    expect(errors.map((error) => error.message)).toEqual([expect.stringContaining(message)]);
  });
});

describe('the ICS views check their arguments too', () => {
  const cases: [string, string, string][] = [
    ['pathway cohort', '{ integratedCareSystem(code: "QWU") { pathway(year: 2025, cohort: "TEENAGERS") { year } } }', `Argument "cohort": unknown cohort 'TEENAGERS'`],
    [
      'projection category',
      '{ integratedCareSystem(code: "QWU") { cohortProjection(fromYear: 2025, toYear: 2027, needCategory: "DYSLEXIA") { year } } }',
      `Argument "needCategory": unknown need category 'DYSLEXIA'`,
    ],
    ['projection years', '{ integratedCareSystem(code: "QWU") { cohortProjection(fromYear: 2027, toYear: 2025) { year } } }', 'Argument "toYear": must be after fromYear'],
  ];
  test.each(cases)('%s', async (_, query, message) => {
    const errors = await api.errorsOf(query);
    expect(errors.map((error) => error.message)).toEqual([expect.stringContaining(message)]);
  });
});
