import { ANONYMOUS } from './caller.js';
import { authenticator } from './authenticate.js';
import type { AuthSettings } from './auth-settings.js';

const settings = (anonymousRead: boolean): AuthSettings => ({ jwksUrl: null, jwtSecret: 's', issuer: null, audience: null, anonymousRead });
const verify = async (token: string) => ({ sub: token, name: null, roles: [], ics: [] });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => 'accepted', (error: { extensions: { code: string } }) => error.extensions.code);

test('no header: anonymous while ANONYMOUS_READ is on, UNAUTHENTICATED when it is off', async () => {
  expect(await authenticator(settings(true), verify)(undefined)).toBe(ANONYMOUS);
  expect(await codeOf(authenticator(settings(false), verify)(undefined))).toBe('UNAUTHENTICATED');
});

test('a bearer token is verified; any other scheme is UNAUTHENTICATED, even for a read', async () => {
  expect(await authenticator(settings(true), verify)('Bearer abc.def.ghi')).toMatchObject({ sub: 'abc.def.ghi' });
  expect(await authenticator(settings(true), verify)('bearer  abc ')).toMatchObject({ sub: 'abc' });
  expect(await codeOf(authenticator(settings(true), verify)('Basic dXNlcjpwYXNz'))).toBe('UNAUTHENTICATED');
});
