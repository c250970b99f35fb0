import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './unavailable.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

test.each([
  ['refused', withCode('connect ECONNREFUSED 127.0.0.1:5499', 'ECONNREFUSED')],
  ['refused on every address (Node tries IPv4 and IPv6)', new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], '')],
  ['shutting down (57P01)', withCode('terminating connection due to administrator command', '57P01')],
  ['starting up (57P03)', withCode('the database system is starting up', '57P03')],
  ['out of connection slots (53300)', withCode('sorry, too many clients already', '53300')],
  ['a connection exception (class 08)', withCode('connection failure', '08006')],
  ['a dropped connection', new Error('Connection terminated unexpectedly')],
  ['a pool wait that timed out', new Error('timeout exceeded when trying to connect')],
  ['wrapped by GraphQL', new GraphQLError('connect ECONNREFUSED', { originalError: withCode('connect ECONNREFUSED', 'ECONNREFUSED') })],
  ['wrapped as a cause', new Error('query failed', { cause: withCode('read ECONNRESET', 'ECONNRESET') })],
])('%s: unavailable', (_case, error) => {
  expect(isDatabaseUnavailable(error)).toBe(true);
});

test.each([
  ['a missing table (42P01)', withCode('relation "x" does not exist', '42P01')],
  ['a bad value (22P02)', withCode('invalid input syntax for type bigint', '22P02')],
  ['a programming error', new TypeError('x is undefined')],
  ['a caller error', new GraphQLError('Argument "first": must be between 0 and 500')],
  ['not an error at all', 'ECONNREFUSED'],
])('%s: not an outage', (_case, error) => {
  expect(isDatabaseUnavailable(error)).toBe(false);
});
