import { openTestApi, type TestApi } from '../../../test/support/api.js';
import { listenOnLoopback, postGraphQL } from '../../../test/support/http.js';

// Statuses over real HTTP: each kind of caller error is a 400 naming what was wrong, with the request id.
let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi();
  base = await listenOnLoopback(api.app.http);
});
afterAll(() => api.close());

const nested = (depth: number) =>
  `{ integratedCareSystems { edges { node { ${'places { ics { '.repeat(depth)}odsCode${' } }'.repeat(depth)} } } } }`;
const hugeCursor = Buffer.from(`pos:${'9'.repeat(23)}`).toString('base64url');

test.each([
  ['a syntax error', { query: '{ integratedCareSystems( ' }, 'GRAPHQL_PARSE_FAILED', 'Syntax Error: Expected Name, found <EOF>.'],
  ['an unknown field', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED', 'Cannot query field "nope" on type "Query".'],
  ['too many tokens', { query: `{ ${'__typename '.repeat(6000)}}` }, 'GRAPHQL_PARSE_FAILED', 'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.'],
  [
    'a field repeated thousands of times',
    { query: `{ ${'__typename '.repeat(3000)}}` },
    'GRAPHQL_VALIDATION_FAILED',
    'Validation aborted: the query repeats too many fields in one selection to check them against each other; ask for each field once',
  ],
  ['a query nested too deep', { query: nested(5) }, 'GRAPHQL_VALIDATION_FAILED', 'Syntax Error: Query depth limit of 10 exceeded, found 14.'],
  [
    'a variable of the wrong type',
    { query: 'query Q($n: Int) { integratedCareSystems(first: $n) { totalCount } }', variables: { n: 'abc' } },
    'BAD_USER_INPUT',
    'Variable "$n" got invalid value "abc"; Int cannot represent non-integer value: "abc"',
  ],
  [
    'a missing required variable',
    { query: 'query Q($code: String!) { integratedCareSystem(code: $code) { name } }' },
    'BAD_USER_INPUT',
    'Variable "$code" of required type "String!" was not provided.',
  ],
  [
    'a query over the cost limit',
    { query: '{ integratedCareSystems(first: 500) { edges { node { needs(first: 500) { edges { node { people } } } } } } }' },
    'QUERY_TOO_COSTLY',
    'Query cost 751501 exceeds the limit of 50000: ask for fewer rows (first), a narrower scope (icsCode, laCode) or fewer fields',
  ],
  ['a page above the cap', { query: '{ integratedCareSystems(first: 501) { totalCount } }' }, 'BAD_USER_INPUT', 'Argument "first": must be between 0 and 500 (was 501)'],
  [
    'a cursor with a position too large for SQL',
    { query: `{ integratedCareSystems(after: "${hugeCursor}") { totalCount } }` },
    'BAD_USER_INPUT',
    'Argument "after": is not a cursor returned by this API',
  ],
])('%s answers 400 with its code, a message naming it, and the request id', async (_case, request, code, message) => {
  const { status, headers, body } = await postGraphQL(base, request);
  expect(status).toBe(400);
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0].message).toBe(message);
  expect(body.errors![0].extensions).toMatchObject({ code, requestId: headers.get('x-request-id') });
  expect(body.errors![0].extensions).not.toHaveProperty('stacktrace');
});

test('a sane x-request-id from the caller is kept, in the header and in the error', async () => {
  const { headers, body } = await postGraphQL(base, { query: '{ nope }' }, { 'x-request-id': 'trace-2026.11:abc' });
  expect(headers.get('x-request-id')).toBe('trace-2026.11:abc');
  expect(body.errors![0].extensions!.requestId).toBe('trace-2026.11:abc');
});

test('an x-request-id that is not plain text is replaced by a fresh id', async () => {
  const { headers } = await postGraphQL(base, { query: '{ __typename }' }, { 'x-request-id': 'a b<script>'.padEnd(200, 'x') });
  expect(headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
});

test('a successful request answers 200 and carries a request id too', async () => {
  const { status, headers, body } = await postGraphQL(base, { query: '{ integratedCareSystems(first: 1) { totalCount } }' });
  expect(status).toBe(200);
  expect(body).toEqual({ data: { integratedCareSystems: { totalCount: 0 } } });
  expect(headers.get('x-request-id')).toBeTruthy();
});

test('a mutation over GET is refused with 405 and Allow: POST, as Apollo decides', async () => {
  const response = await fetch(`${base}/graphql?query=${encodeURIComponent('mutation { __typename }')}`);
  expect(response.status).toBe(405);
  expect(response.headers.get('allow')).toBe('POST');
});

test('field suggestions are off by default: they would map the schema for a prober', async () => {
  const { body } = await postGraphQL(base, { query: '{ integratedCareSystemz { name } }' });
  expect(body.errors![0].message).toBe('Cannot query field "integratedCareSystemz" on type "Query". [Suggestion hidden]?');
});
