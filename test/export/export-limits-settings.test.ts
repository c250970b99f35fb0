import { configFromEnv } from '../../src/config.js';
import { exportLimits } from '../../src/export/export-limits.js';

// The export limits as read from the environment, and the start-up errors for values that cannot work.
const limitsFrom = (env: Record<string, string>, driver: 'postgresql' | 'pglite') => exportLimits(configFromEnv(env), driver);

test('defaults: 4 exports at once on PostgreSQL, 2 on PGlite; a 30 s stall timeout; Retry-After 30', () => {
  expect(limitsFrom({}, 'postgresql')).toEqual({ maxConcurrent: 4, stallTimeoutMs: 30_000, retryAfterSeconds: 30 });
  expect(limitsFrom({}, 'pglite')).toEqual({ maxConcurrent: 2, stallTimeoutMs: 30_000, retryAfterSeconds: 30 });
});

test('EXPORT_MAX_CONCURRENT and EXPORT_STALL_TIMEOUT_MS are read; Retry-After stays within what Power Query honours', () => {
  expect(limitsFrom({ EXPORT_MAX_CONCURRENT: '9', EXPORT_STALL_TIMEOUT_MS: '1500' }, 'postgresql')).toEqual({
    maxConcurrent: 9,
    stallTimeoutMs: 1500,
    retryAfterSeconds: 2,
  });
  expect(limitsFrom({ EXPORT_MAX_CONCURRENT: '12', EXPORT_STALL_TIMEOUT_MS: '300000' }, 'pglite')).toEqual({
    maxConcurrent: 12,
    stallTimeoutMs: 300_000,
    retryAfterSeconds: 120,
  });
});

test.each([
  [{ EXPORT_MAX_CONCURRENT: '10' }, 'postgresql', 'EXPORT_MAX_CONCURRENT must be a whole number from 1 to 9 (the pool has 10 connections and GraphQL keeps the rest); was 10'],
  [{ EXPORT_MAX_CONCURRENT: '0' }, 'postgresql', 'EXPORT_MAX_CONCURRENT must be a whole number from 1 to 9 (the pool has 10 connections and GraphQL keeps the rest); was 0'],
  [{ EXPORT_MAX_CONCURRENT: 'four' }, 'pglite', 'EXPORT_MAX_CONCURRENT must be a whole number of at least 1; was not a number'],
  [{ EXPORT_MAX_CONCURRENT: '1.5' }, 'pglite', 'EXPORT_MAX_CONCURRENT must be a whole number of at least 1; was 1.5'],
  [{ EXPORT_STALL_TIMEOUT_MS: '0' }, 'postgresql', 'EXPORT_STALL_TIMEOUT_MS must be a whole number of milliseconds from 1 to EXPORT_TIMEOUT_MS (600000); was 0'],
  [{ EXPORT_STALL_TIMEOUT_MS: '60000', EXPORT_TIMEOUT_MS: '10000' }, 'pglite', 'EXPORT_STALL_TIMEOUT_MS must be a whole number of milliseconds from 1 to EXPORT_TIMEOUT_MS (10000); was 60000'],
] as const)('%j on %s stops the server: %s', (env, driver, message) => {
  expect(() => limitsFrom(env, driver)).toThrow(message);
});
