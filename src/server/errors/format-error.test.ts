import { Writable } from 'node:stream';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { createLogger } from '../../observability/logger.js';
import { runInRequestScope } from '../../observability/request-scope.js';
import { errorStatusPlugin } from './error-status.plugin.js';
import { formatErrorFor } from './format-error.js';

// Errors that are the server's own, thrown by resolvers the way a driver or a bug throws them: what the
// caller sees (status, message, extensions) and what the log keeps.
const schema = buildSchema('type Query { missingTable: Int, refused: Int, terminated: Int, bug: Int, ok: Int }');
const rootValue = {
  missingTable: () => {
    throw Object.assign(new Error('relation "secret_table" does not exist'), { code: '42P01', query: 'select * from secret_table' });
  },
  refused: () => {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5499'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 5499 });
  },
  terminated: () => {
    throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
  },
  bug: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'odsCode')");
  },
  ok: () => 1,
};

const logged: Record<string, unknown>[] = [];
const logger = createLogger({ LOG_LEVEL: 'debug' }, new Writable({
  write(chunk, _encoding, done) {
    logged.push(JSON.parse(chunk.toString()));
    done();
  },
}));

async function ask(query: string, debug = false) {
  const apollo = new ApolloServer({ schema, rootValue, formatError: formatErrorFor({ debug, logger }), plugins: [errorStatusPlugin()], includeStacktraceInErrorResponses: debug });
  await apollo.start();
  const scope = { requestId: 'req-123', log: logger.child({ requestId: 'req-123' }), route: '/graphql' };
  const result = await runInRequestScope(scope, () =>
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query } },
      context: async () => ({}),
    }),
  );
  await apollo.stop();
  if (result.body.kind !== 'complete') throw new Error('expected a complete body');
  return { status: result.status, headers: result.headers, text: result.body.string, body: JSON.parse(result.body.string) };
}

beforeEach(() => (logged.length = 0));

test('a driver error answers 500 "Internal server error": no SQL, no table, no stack; the log keeps the cause', async () => {
  const { status, text, body } = await ask('{ missingTable }');
  expect(status).toBe(500);
  expect(body.errors).toEqual([
    { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['missingTable'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' } },
  ]);
  expect(text).not.toMatch(/secret_table|select|42P01|stacktrace|\.ts:|node_modules/);
  const line = logged.find((entry) => entry.level === 'error');
  expect(line).toMatchObject({ requestId: 'req-123', code: 'INTERNAL_SERVER_ERROR', status: 500, err: { message: 'relation "secret_table" does not exist', code: '42P01' } });
  expect((line!.err as { stack: string }).stack).toContain('format-error.test.ts');
});

test('a programming error answers 500 without its text', async () => {
  const { status, text } = await ask('{ bug }');
  expect(status).toBe(500);
  expect(text).not.toContain('odsCode');
});

test.each([
  ['refused', 'connect ECONNREFUSED 127.0.0.1:5499'],
  ['terminated', 'terminating connection due to administrator command'],
])('a database that cannot be reached (%s) answers 503 with Retry-After and no host or port', async (field, cause) => {
  const { status, headers, text, body } = await ask(`{ ok ${field} }`);
  expect(status).toBe(503);
  expect(headers.get('retry-after')).toBe('5');
  expect(body.errors[0]).toMatchObject({ message: 'The database is unavailable; retry in 5 seconds', extensions: { code: 'DATABASE_UNAVAILABLE', requestId: 'req-123' } });
  expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|5499|terminating/);
  expect(logged.find((entry) => entry.code === 'DATABASE_UNAVAILABLE')).toMatchObject({ err: { message: cause } });
});

test('an outage outranks a caller error and a server error in the same response', async () => {
  const { status } = await ask('{ bug refused }');
  expect(status).toBe(503);
});

test('DEBUG_ERRORS shows the real message and the stack to the caller', async () => {
  const { status, body } = await ask('{ missingTable }', true);
  expect(status).toBe(500);
  expect(body.errors[0].message).toBe('relation "secret_table" does not exist');
  expect(body.errors[0].extensions.stacktrace.join('\n')).toContain('format-error.test.ts');
});

test('a caller error is logged briefly (no stack) at info, with the request id', async () => {
  const { status } = await ask('{ nope }');
  expect(status).toBe(400);
  const line = logged.find((entry) => entry.code === 'GRAPHQL_VALIDATION_FAILED');
  expect(line).toMatchObject({ level: 'info', requestId: 'req-123', status: 400, msg: 'Cannot query field "nope" on type "Query".' });
  expect(line).not.toHaveProperty('err');
});
