import { openTestApi, type TestApi } from '../support/api.js';
import { createRequestContext } from '../../src/graphql/context.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

const nested = (depth: number) =>
  `{ integratedCareSystems { edges { node { ${'places { ics { '.repeat(depth)}odsCode${' } }'.repeat(depth)} } } } }`;

test.each([
  ['a page above the cap', '{ integratedCareSystems(first: 501) { totalCount } }', 'Argument "first": must be between 0 and 500 (was 501)'],
  ['a negative page', '{ integratedCareSystems(first: -1) { totalCount } }', 'Argument "first": must be between 0 and 500 (was -1)'],
  ['a cursor not from this API', '{ integratedCareSystems(after: "bogus") { totalCount } }', 'Argument "after": is not a cursor returned by this API'],
  ['a query nested too deep', nested(5), 'Syntax Error: Query depth limit of 10 exceeded'],
  ['too many aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: integratedCareSystem(code: "QWU") { name }`).join(' ')} }`, 'Syntax Error: Aliases limit of 15 exceeded'],
  [
    'a query whose rows multiply past the cost limit',
    '{ integratedCareSystems(first: 500) { edges { node { needs(first: 500) { edges { node { people } } } } } } }',
    'Query cost 751501 exceeds the limit of 50000',
  ],
])('%s is refused with a clear error', async (_case, query, message) => {
  const errors = await api.errorsOf(query);
  expect(errors.map((error) => error.message).join('\n')).toContain(message);
});

test('an operationName naming no operation of the document is reported as unknown, not as an internal error', async () => {
  // GraphiQL sends the last tab's operation name with a new tab's anonymous query until it re-parses.
  const response = await api.app.apollo.executeOperation(
    { query: '{ pathwayStages { code } }', operationName: 'GapFindings' },
    { contextValue: createRequestContext(api.app.database) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors?.map((error) => error.message)).toEqual(['Unknown operation named "GapFindings".']);
});
