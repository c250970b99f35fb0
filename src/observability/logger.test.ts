import { logLevelFromEnv } from './logger.js';

test.each([
  [{}, 'info'],
  [{ LOG_LEVEL: 'warn' }, 'warn'],
  [{ JEST_WORKER_ID: '1' }, 'silent'],
  [{ JEST_WORKER_ID: '1', LOG_LEVEL: 'debug' }, 'debug'],
])('with %j the level is %s', (env, level) => {
  expect(logLevelFromEnv(env)).toBe(level);
});
