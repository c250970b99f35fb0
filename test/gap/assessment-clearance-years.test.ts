import { assessmentClearanceYears } from '../../src/config.js';
import type { TestApi } from '../support/api.js';
import { openFixtureApi } from './support/fixtures.js';

interface Result {
  gapFindings: { edges: { node: { need: number; provision: number; explanation: { clearanceYears: number } } }[] };
}

test.each([
  [undefined, '2'],
  ['', '2'],
  ['4', '4'],
  ['1.5', '1.5'],
])('ASSESSMENT_CLEARANCE_YEARS %p is %p years', (value, years) => {
  expect(assessmentClearanceYears({ ASSESSMENT_CLEARANCE_YEARS: value })).toBe(years);
});

test.each(['0', '-1', 'two', '2 years'])('ASSESSMENT_CLEARANCE_YEARS %p is refused, naming the setting', (value) => {
  expect(() => assessmentClearanceYears({ ASSESSMENT_CLEARANCE_YEARS: value })).toThrow(
    `ASSESSMENT_CLEARANCE_YEARS must be a positive number of years such as 2 (was '${value}')`,
  );
});

describe('read on each request', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openFixtureApi('diagnostic-assessment');
  });
  afterAll(async () => {
    delete process.env.ASSESSMENT_CLEARANCE_YEARS;
    await api?.close();
  });

  test('four clearance years halve the part of need that brings the list down (fixture README: Coventry adults 2025/26)', async () => {
    const query = `{ gapFindings(filter: { domain: DIAGNOSTIC_ASSESSMENT, level: PLACE, laCode: "E08000026", cohort: "ADULTS", year: 2025 }) {
      edges { node { need provision explanation { clearanceYears } } } } }`;
    const need = async () => (await api.query<Result>(query)).gapFindings.edges.map(({ node }) => [node.need, node.explanation.clearanceYears]);
    // net 320 + (500 − 320 × 13 ÷ 52) ÷ years
    expect(await need()).toEqual([[320 + 420 / 2, 2]]);
    process.env.ASSESSMENT_CLEARANCE_YEARS = '4';
    expect(await need()).toEqual([[320 + 420 / 4, 4]]);
  });
});
