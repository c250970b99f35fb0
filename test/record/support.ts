import { SignJWT } from 'jose';
import type { AuthSettings } from '../../src/auth/auth-settings.js';
import type { ServerConfig } from '../../src/config.js';
import { importDataset } from '../../src/dataset/index.js';
import { removeDatasets, smallDataset, writeDataset } from '../dataset/support.js';
import { openTestApi, type Credentials, type TestApi } from '../support/api.js';

export const SECRET = 'record-writes-test-secret';

export const AUTH: AuthSettings = { jwksUrl: null, jwtSecret: SECRET, issuer: null, audience: null, anonymousRead: true };

/** The Authorization header of a caller with these roles and ICSs, signed with the test secret. */
export async function as(roles: string[], ics: string[] = [], sub = `${roles.join('+') || 'nobody'}:${ics.join('+')}`): Promise<Credentials> {
  const token = await new SignJWT({ roles, ics, name: `Test ${sub}` })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(SECRET));
  return { authorization: `Bearer ${token}` };
}

/** The small dataset (QWU: Coventry, Warwickshire; QHL: Birmingham) behind an API that accepts the test tokens. */
export async function openWritableApi(auth: Partial<AuthSettings> = {}, config: Partial<ServerConfig> = {}): Promise<TestApi> {
  const api = await openTestApi({ config: { ...config, auth: { ...AUTH, ...auth } } });
  await importDataset(api.app.database, writeDataset(smallDataset));
  return api;
}

export { removeDatasets };
