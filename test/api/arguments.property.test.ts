import fc from 'fast-check';
import type { GraphQLFormattedError } from 'graphql';
import { encodeCursor } from '../../src/graphql/connection.js';
import { openTestApi, type TestApi, type TestResponse } from '../support/api.js';

/**
 * Random arguments on the main fields, sent as variables to the demo database in-process: whatever
 * the values, the answer is never an internal error, and every error says which argument (or
 * variable) was wrong, or which limit was reached.
 */

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

/** Random requests per run (a fixed seed unless PROPERTY_SEED is set); the count run is printed at the end. */
const RUNS = 600;
let casesRun = 0;
let casesAnswered = 0;

// Values --------------------------------------------------------------------------------------------------

const INT32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
/** A value of the wrong type, for any variable: coercion must refuse it naming the variable. */
const wrongType = fc.oneof(fc.double(), fc.boolean(), fc.constant({}), fc.constant([1]), fc.string({ maxLength: 5 }));
const sometimesWrong = <T>(value: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: value }, { weight: 1, arbitrary: wrongType });
const optional = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null, freq: 3 });

const first = sometimesWrong(optional(fc.oneof(fc.integer({ min: -2, max: 502 }), INT32, fc.constantFrom(0, 1, 500, 501))));
const after = sometimesWrong(
  optional(
    fc.oneof(
      fc.nat({ max: 3000 }).map(encodeCursor),
      fc.bigInt({ min: 2n ** 31n, max: 10n ** 30n }).map((n) => Buffer.from(`pos:${n}`).toString('base64url')),
      fc.string({ maxLength: 12 }).map((text) => Buffer.from(`pos:${text}`).toString('base64url')),
      fc.string({ maxLength: 12, unit: 'binary' }),
    ),
  ),
);
const year = sometimesWrong(optional(fc.oneof(fc.integer({ min: 2022, max: 2032 }), INT32, fc.constantFrom(0, 1999, 2000, 2100, 2101))));
/** Free text as callers type it: real codes in any case, near misses, blanks, control characters, SQL. */
const text = (...real: string[]) =>
  optional(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...real) },
      { weight: 1, arbitrary: fc.constantFrom(...real).map((code) => ` ${code.toLowerCase()} `) },
      { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', 'QWU\u0000', "'; drop table places; --", '%', '_', '\\', 'x'.repeat(300)) },
    ),
  );
const enumValue = (...values: string[]) => optional(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }));

const ICS = text('QWU', 'E54000018', 'QNQ', 'QOP', 'QOX', 'Y60', 'E40000010');
const LA = text('E08000026', 'E10000031', 'E10000030', 'E06000010');
const COHORT = text('ADULTS', 'PRIMARY_SCHOOL', 'CHILDREN_14_17', 'YOUNG_ADULTS_18_25', 'PREPARING_FOR_ADULTHOOD', 'EARLY_YEARS', 'OLDER_ADULTS');
const CATEGORY = text('AUTISM', 'LEARNING_DISABILITY', 'BOTH');
const STAGE = text('COMMUNITY_SUPPORT', 'CRISIS_AND_INTENSIVE_SUPPORT', 'PREVENTION_EARLY_INTERVENTION', 'HOUSING_AND_ACCOMMODATION');
const DATE = optional(fc.oneof(fc.constantFrom('2025-03-31', '2024-01-01', '0001-01-01', '9999-12-31'), fc.string({ maxLength: 10 })));

const years = { year, fromYear: year, toYear: year };
const filter = <T>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }) => sometimesWrong(optional(fc.record(fields, { requiredKeys: [] })));

const gapFilter = fc.record(
  {
    ...years,
    icsCode: ICS,
    laCode: LA,
    level: enumValue('ICS', 'PLACE'),
    domain: enumValue('SERVICES', 'HOUSING', 'WORKFORCE', 'FINANCE'),
    cohort: COHORT,
    needCategory: CATEGORY,
    pathwayStage: STAGE,
    minSeverity: enumValue('NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'),
  },
  { requiredKeys: [] },
);

// Operations: each case sends one of them with random variables ------------------------------------------

interface Case {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

const PAGE = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor }';

const ICS_CHILDREN: Record<string, { type: string; filter: fc.Arbitrary<unknown> }> = {
  needs: { type: 'NeedFilter', filter: filter({ ...years, cohort: COHORT, needCategory: CATEGORY, pathwayStage: STAGE, laCode: LA }) },
  services: {
    type: 'ServiceFilter',
    filter: filter({ ...years, cohort: COHORT, needCategory: CATEGORY, pathwayStage: STAGE, laCode: LA, commissioner: enumValue('ICB', 'LOCAL_AUTHORITY', 'JOINT') }),
  },
  housingPlan: { type: 'HousingPlanFilter', filter: filter({ ...years, cohort: COHORT, laCode: LA, accommodationType: enumValue('SUPPORTED_LIVING', 'RESIDENTIAL_CARE') }) },
  workforcePlan: { type: 'WorkforcePlanFilter', filter: filter({ ...years, pathwayStage: STAGE, role: text('LEARNING_DISABILITY_NURSE', 'PSYCHIATRIST') }) },
  financePlan: {
    type: 'FinancePlanFilter',
    filter: filter({ ...years, cohort: COHORT, pathwayStage: STAGE, fundingSource: enumValue('ICB_BASELINE', 'LOCAL_AUTHORITY', 'BETTER_CARE_FUND'), pooled: optional(fc.boolean()) }),
  },
  metrics: { type: 'MetricValueFilter', filter: filter({ metricCode: text('AHC_COVERAGE_14_PLUS', 'INPATIENTS_ADULT'), fromDate: DATE, toDate: DATE }) },
};

const cases: fc.Arbitrary<Case> = fc.oneof(
  fc.record({ first, after, filter: filter({ regionCode: ICS, nameContains: text('Sussex', 'north') }) }).map((variables) => ({
    field: 'integratedCareSystems',
    query: `query ($first: Int, $after: String, $filter: IntegratedCareSystemFilter) {
      integratedCareSystems(first: $first, after: $after, filter: $filter) { ${PAGE} } }`,
    variables,
  })),
  fc.record({ first, after, filter: filter({ tier: enumValue('COUNTY', 'UNITARY', 'METROPOLITAN_DISTRICT', 'LONDON_BOROUGH'), nameContains: text('Coventry'), icsCode: ICS }) }).map(
    (variables) => ({
      field: 'localAuthorities',
      query: `query ($first: Int, $after: String, $filter: LocalAuthorityFilter) {
        localAuthorities(first: $first, after: $after, filter: $filter) { ${PAGE} } }`,
      variables,
    }),
  ),
  fc.constantFrom(...Object.keys(ICS_CHILDREN)).chain((child) =>
    fc.record({ code: ICS.map((code) => code ?? 'QWU'), first, after, filter: ICS_CHILDREN[child].filter }).map((variables) => ({
      field: `integratedCareSystem.${child}`,
      query: `query ($code: String!, $first: Int, $after: String, $filter: ${ICS_CHILDREN[child].type}) {
        integratedCareSystem(code: $code) { ${child}(first: $first, after: $after, filter: $filter) { ${PAGE} } } }`,
      variables,
    })),
  ),
  fc.record({ code: LA.map((code) => code ?? 'E08000026'), first, after, filter: ICS_CHILDREN.needs.filter }).map((variables) => ({
    field: 'localAuthority.needs',
    query: `query ($code: String!, $first: Int, $after: String, $filter: NeedFilter) {
      localAuthority(onsCode: $code) { needs(first: $first, after: $after, filter: $filter) { ${PAGE} } } }`,
    variables,
  })),
  fc.record({ code: ICS.map((code) => code ?? 'QNQ'), year: year.map((y) => y ?? 2025), cohort: COHORT, needCategory: CATEGORY }).map((variables) => ({
    field: 'pathway',
    query: `query ($code: String!, $year: Int!, $cohort: String, $needCategory: String) {
      integratedCareSystem(code: $code) {
        pathway(year: $year, cohort: $cohort, needCategory: $needCategory) { stages { need severity } breaks { pathwayStage } }
        places { pathway(year: $year, cohort: $cohort, needCategory: $needCategory) { breaks { pathwayStage } } } } }`,
    variables,
  })),
  fc.record({ code: ICS.map((code) => code ?? 'QWU'), fromYear: year.map((y) => y ?? 2025), toYear: year.map((y) => y ?? 2027), needCategory: CATEGORY, pathwayStage: STAGE }).map(
    (variables) => ({
      field: 'cohortProjection',
      query: `query ($code: String!, $fromYear: Int!, $toYear: Int!, $needCategory: String, $pathwayStage: String) {
        integratedCareSystem(code: $code) {
          cohortProjection(fromYear: $fromYear, toYear: $toYear, needCategory: $needCategory, pathwayStage: $pathwayStage) { year flagged } } }`,
      variables,
    }),
  ),
  fc.record({ code: ICS.map((code) => code ?? 'QWU'), year: year.map((y) => y ?? 2025) }).map((variables) => ({
    field: 'metricStatus and population',
    query: `query ($code: String!, $year: Int!) {
      integratedCareSystem(code: $code) { metricStatus(year: $year) { metricCode met } population(year: $year) { people } } }`,
    variables,
  })),
  fc
    .record({ filter: sometimesWrong(gapFilter), first, after, orderBy: enumValue('SEVERITY', 'GAP', 'COVERAGE', 'NEED', 'PATHWAY') })
    .map((variables) => ({
      field: 'gapFindings',
      query: `query ($filter: GapFilter!, $first: Int, $after: String, $orderBy: GapOrder) {
        gapFindings(filter: $filter, first: $first, after: $after, orderBy: $orderBy) { ${PAGE} } }`,
      variables: { ...variables, filter: variables.filter ?? {} },
    })),
  fc
    .record({
      groupBy: sometimesWrong(fc.array(fc.constantFrom('region', 'ics', 'localAuthority', 'domain', 'cohort', 'needCategory', 'pathwayStage', 'year', 'bogus'), { maxLength: 4 })),
      filter: sometimesWrong(optional(gapFilter)),
      first,
      after,
      orderBy: enumValue('SEVERITY', 'GAP', 'COVERAGE', 'NEED', 'DIMENSIONS'),
    })
    .map((variables) => ({
      field: 'gapAnalytics',
      query: `query ($groupBy: [GapDimension!]!, $filter: GapFilter, $first: Int, $after: String, $orderBy: GapAnalyticsOrder) {
        gapAnalytics(groupBy: $groupBy, filter: $filter, first: $first, after: $after, orderBy: $orderBy) { ${PAGE} } }`,
      variables,
    })),
  fc
    .array(
      fc.oneof(
        fc.record({ __typename: fc.constant('IntegratedCareSystem'), odsCode: ICS }),
        fc.record({ __typename: fc.constant('IntegratedCareSystem'), onsCode: ICS }),
        fc.record({ __typename: fc.constant('LocalAuthority'), onsCode: LA }),
        fc.record({ __typename: fc.string({ maxLength: 8 }) }),
        fc.anything({ maxDepth: 1 }),
      ),
      { maxLength: 8 },
    )
    .map((representations) => ({
      field: '_entities',
      query: `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on IntegratedCareSystem { odsCode } ... on LocalAuthority { onsCode } } }`,
      variables: { representations },
    })),
);

// The property ---------------------------------------------------------------------------------------------

/** Codes an error may carry: a caller error naming what was wrong, or a limit naming itself. */
const EXPECTED_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_COSTLY', 'GRAPHQL_VALIDATION_FAILED', 'STATEMENT_TIMEOUT'];

function namesWhatWasWrong(error: GraphQLFormattedError): boolean {
  // A lookup by an unknown code names the argument in its extensions and the code in its message.
  if (error.extensions?.code === 'NOT_FOUND') return typeof error.extensions.argument === 'string';
  return /^(Argument "[\w.]+": |Variable "\$\w+" )|exceeds the limit|representation/.test(error.message);
}

function problems(response: TestResponse): string[] {
  const found: string[] = [];
  if (response.status >= 500) found.push(`HTTP ${response.status}`);
  for (const error of response.errors ?? []) {
    const code = String(error.extensions?.code);
    if (!EXPECTED_CODES.includes(code)) found.push(`${code}: ${error.message}`);
    else if (!namesWhatWasWrong(error)) found.push(`names no argument: ${error.message}`);
  }
  return found;
}

test('random arguments on the main fields never give an internal error, and errors name the argument', async () => {
  await fc.assert(
    fc.asyncProperty(cases, async ({ query, variables }) => {
      casesRun++;
      const response = await api.respond(query, variables);
      if (!response.errors?.length) casesAnswered++;
      expect(problems(response)).toEqual([]);
    }),
    { numRuns: RUNS, seed: Number(process.env.PROPERTY_SEED ?? 20261130), endOnFailure: true },
  );
});

test.each([
  ['a cursor past any page', '{ integratedCareSystems(after: "cG9zOjk5OTk5OTk5OTk5OTk5OTk5OTk5OQ") { totalCount } }', 'Argument "after": is not a cursor returned by this API'],
  ['a cursor past any page, nested', '{ integratedCareSystem(code: "QWU") { needs(after: "cG9zOjk5OTk5OTk5OTk5OTk5OTk5OTk5OQ") { totalCount } } }', 'Argument "after": is not a cursor returned by this API'],
  ['a year no date can hold', '{ integratedCareSystem(code: "QWU") { metricStatus(year: 2147483647) { met } } }', 'Argument "year": must be a financial year from 2000 to 2100 (was 2147483647)'],
  ['a NUL character in a code', '{ integratedCareSystem(code: "QWU\\u0000") { name } }', 'Argument "code": must not contain the NUL character (U+0000)'],
  ['a NUL character in a filter field', '{ gapFindings(filter: { icsCode: "\\u0000" }) { totalCount } }', 'Argument "filter.icsCode": must not contain the NUL character (U+0000)'],
])('found by the property: %s is refused naming the argument', async (_case, query, message) => {
  const response = await api.respond(query);
  expect(response.status).toBeLessThan(500);
  expect(response.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([[message, 'BAD_USER_INPUT']]);
});

afterAll(() => {
  // Reported for the record: how many random requests the property sent.
  console.log(`arguments property: ${casesRun} cases, ${casesAnswered} answered without error, ${casesRun - casesAnswered} refused`);
});
