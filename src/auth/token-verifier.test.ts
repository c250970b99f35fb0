import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { DEVELOPMENT_SECRET, type AuthSettings } from './auth-settings.js';
import { tokenVerifier } from './token-verifier.js';

const none: AuthSettings = { jwksUrl: null, jwtSecret: null, issuer: null, audience: null, anonymousRead: true };
const secretKey = (secret: string) => new TextEncoder().encode(secret);

function hs256(claims: Record<string, unknown>, secret: string, configure: (token: SignJWT) => SignJWT = (token) => token) {
  return configure(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('1h')).sign(secretKey(secret));
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: { extensions?: { code?: string }; message: string }) => `${error.extensions?.code}: ${error.message}`,
  );

describe('shared secret (HS256)', () => {
  const settings = { ...none, jwtSecret: 'the-secret', issuer: 'https://idp.example', audience: 'ics-needs-graph' };
  const verify = tokenVerifier(settings);
  const good = (token: SignJWT) => token.setIssuer('https://idp.example').setAudience('ics-needs-graph').setSubject('alice');

  test('a good token names the caller, its roles and ICSs', async () => {
    const token = await hs256({ name: 'Alice', roles: ['ICS_EDITOR', 'SUPERUSER'], ics: ['qwu', 'QHL'] }, 'the-secret', good);
    expect(await verify(token)).toEqual({ sub: 'alice', name: 'Alice', roles: ['ICS_EDITOR'], ics: ['QWU', 'QHL'] });
  });

  test.each([
    ['expired', hs256({ sub: 'a' }, 'the-secret', (t) => good(t).setExpirationTime(Math.floor(Date.now() / 1000) - 60)), /expired/],
    ['wrong secret', hs256({}, 'another-secret', good), /signature/],
    ['wrong issuer', hs256({}, 'the-secret', (t) => good(t).setIssuer('https://other.example')), /"iss"/],
    ['wrong audience', hs256({}, 'the-secret', (t) => good(t).setAudience('another-api')), /"aud"/],
    ['no subject', hs256({}, 'the-secret', (t) => t.setIssuer('https://idp.example').setAudience('ics-needs-graph')), /"sub"/],
    ['not a token', Promise.resolve('not.a.token'), /not a valid signed token/],
  ])('%s: UNAUTHENTICATED', async (_name, token, reason) => {
    const outcome = await codeOf(verify(await token));
    expect(outcome).toMatch(/^UNAUTHENTICATED: /);
    expect(outcome).toMatch(reason);
  });

  test('the development secret is refused once AUTH_JWT_SECRET is set', async () => {
    const token = await hs256({}, DEVELOPMENT_SECRET, good);
    expect(await codeOf(verify(token))).toMatch(/^UNAUTHENTICATED: .*signature/);
  });
});

describe('development secret', () => {
  test('accepted when nothing is configured, outside production', async () => {
    const token = await hs256({ sub: 'dev', roles: ['ADMIN'] }, DEVELOPMENT_SECRET);
    expect(await tokenVerifier(none, {})(token)).toMatchObject({ sub: 'dev', roles: ['ADMIN'] });
  });

  test('refused in production: no token is accepted until a secret or JWKS is configured', async () => {
    const token = await hs256({ sub: 'dev', roles: ['ADMIN'] }, DEVELOPMENT_SECRET);
    expect(await codeOf(tokenVerifier(none, { NODE_ENV: 'production' })(token))).toMatch(/^UNAUTHENTICATED: tokens are not accepted/);
  });
});

describe('JWKS', () => {
  let server: Server;
  let url: string;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const rs256 = (kid: string) =>
    new SignJWT({ roles: ['ADMIN'] }).setProtectedHeader({ alg: 'RS256', kid }).setSubject('bob').setExpirationTime('5m').sign(privateKey);

  test('a token signed by a published key is accepted', async () => {
    expect(await tokenVerifier({ ...none, jwksUrl: url })(await rs256('key-1'))).toMatchObject({ sub: 'bob', roles: ['ADMIN'] });
  });

  test('with a JWKS URL, neither the shared nor the development secret is accepted', async () => {
    const verify = tokenVerifier({ ...none, jwksUrl: url, jwtSecret: 'the-secret' }, {});
    expect(await codeOf(verify(await hs256({ sub: 'x' }, 'the-secret')))).toMatch(/^UNAUTHENTICATED: /);
    expect(await codeOf(verify(await hs256({ sub: 'x' }, DEVELOPMENT_SECRET)))).toMatch(/^UNAUTHENTICATED: /);
  });

  test('an unknown key id is refused', async () => {
    expect(await codeOf(tokenVerifier({ ...none, jwksUrl: url })(await rs256('key-2')))).toMatch(/^UNAUTHENTICATED: .*no published key/);
  });
});
