import { spawnSync } from 'node:child_process';
import { tokenVerifier } from '../../src/auth/token-verifier.js';

const NONE = { AUTH_JWKS_URL: '', AUTH_JWT_SECRET: '', AUTH_ISSUER: '', AUTH_AUDIENCE: '', NODE_ENV: '' };

function token(args: string[], env: Record<string, string>) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/token.ts', ...args], {
    env: { ...process.env, NODE_OPTIONS: '', ...NONE, ...env },
    encoding: 'utf8',
  });
  return { status, token: stdout.trim(), stderr };
}

const settings = { jwksUrl: null, jwtSecret: 'cli-secret', issuer: 'https://idp.example', audience: 'api', anonymousRead: true };

test('npm run token -- --role ICS_EDITOR --ics QWU prints a token the server accepts', async () => {
  const made = token(['--role', 'ICS_EDITOR', '--ics', 'QWU', '--name', 'Ann'], {
    AUTH_JWT_SECRET: 'cli-secret', AUTH_ISSUER: 'https://idp.example', AUTH_AUDIENCE: 'api',
  });
  expect(made.status).toBe(0);
  expect(await tokenVerifier(settings, {})(made.token)).toEqual({ sub: 'local-ics_editor-qwu', name: 'Ann', roles: ['ICS_EDITOR'], ics: ['QWU'] });
});

test('with nothing configured it signs with the development secret, and says so', async () => {
  const made = token(['--role', 'ADMIN'], {});
  expect(made.status).toBe(0);
  expect(made.stderr).toMatch(/development secret/);
  const none = { ...settings, jwtSecret: null, issuer: null, audience: null };
  expect(await tokenVerifier(none, {})(made.token)).toMatchObject({ roles: ['ADMIN'] });
  await expect(tokenVerifier(settings, {})(made.token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
});

test('refuses with AUTH_JWKS_URL set, or an unknown role', () => {
  expect(token(['--role', 'ADMIN'], { AUTH_JWKS_URL: 'https://idp.example/jwks' })).toMatchObject({ status: 2, token: '' });
  expect(token(['--role', 'OWNER'], {})).toMatchObject({ status: 2, token: '' });
});
