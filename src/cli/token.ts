import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { authSettingsFromEnv, DEVELOPMENT_SECRET, sharedSecretOf } from '../auth/auth-settings.js';
import { ROLES } from '../auth/role.js';

/**
 * `npm run token -- --role ICS_EDITOR --ics QWU [--role …] [--ics …] [--sub …] [--name …] [--expires 8h]`: prints
 * an HS256 token for local use, signed with AUTH_JWT_SECRET, or (neither AUTH_JWT_SECRET nor AUTH_JWKS_URL set,
 * NODE_ENV not production) with the development secret the server then accepts too. With AUTH_JWKS_URL set the
 * server accepts only the identity provider's tokens, so none is printed.
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: [] },
    ics: { type: 'string', multiple: true, default: [] },
    sub: { type: 'string' },
    name: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});

const settings = authSettingsFromEnv();
const secret = sharedSecretOf(settings);
if (!secret) {
  console.error(
    settings.jwksUrl
      ? 'AUTH_JWKS_URL is set: the server accepts only tokens of the identity provider; none can be made here.'
      : 'NODE_ENV is production and AUTH_JWT_SECRET is unset: set AUTH_JWT_SECRET to sign tokens.',
  );
  process.exit(2);
}
const unknown = values.role.filter((role) => !(ROLES as string[]).includes(role));
if (!values.role.length || unknown.length) {
  console.error(`--role: one or more of ${ROLES.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}
const ics = values.ics.flatMap((codes) => codes.split(',')).map((code) => code.trim().toUpperCase()).filter(Boolean);
const token = new SignJWT({ roles: values.role, ics, ...(values.name ? { name: values.name } : {}) })
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .setSubject(values.sub ?? `local-${values.role.join('-').toLowerCase()}${ics.length ? `-${ics.join('-').toLowerCase()}` : ''}`)
  .setIssuedAt()
  .setExpirationTime(values.expires);
if (settings.issuer) token.setIssuer(settings.issuer);
if (settings.audience) token.setAudience(settings.audience);
if (secret === DEVELOPMENT_SECRET) console.error('(signed with the development secret: accepted only while AUTH_JWT_SECRET and AUTH_JWKS_URL are unset)');
console.log(await token.sign(new TextEncoder().encode(secret)));
