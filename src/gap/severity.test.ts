import { openTestDatabase } from '../../test/support/database.js';
import type { Database } from '../db/database.js';
import { SqlParams } from '../db/sql-params.js';
import { DEFAULT_THRESHOLDS, grading, severityThresholds } from './severity.js';

// The grading as the database computes it, for hand-worked (direction, need, provision) cases.
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function graded(direction: string, need: number, provision: number, thresholds = DEFAULT_THRESHOLDS) {
  const params = new SqlParams();
  const grade = grading(thresholds, (value) => params.add(value, 'numeric'));
  const d = params.add(direction, 'text');
  const n = params.add(String(need), 'numeric');
  const p = params.add(String(provision), 'numeric');
  const [row] = await database.sql().rows<{ gap: string; coverage: string | null; severity: string }>(
    `select gap::text, coverage::text, ${grade.severity('direction', 'need', 'provision', 'coverage')} as severity
     from (select ${d} as direction, ${n} as need, ${p} as provision,
                  ${grade.gap(d, n, p)} as gap, ${grade.coverage(d, n, p)} as coverage) t`,
    params.values,
  );
  return { gap: Number(row.gap), coverage: row.coverage === null ? null : Number(row.coverage), severity: row.severity };
}

test.each([
  // need, provision → gap = need − provision, coverage = provision ÷ need
  [10, 10, 0, 1, 'NONE'],
  [10, 9, 1, 0.9, 'LOW'], // on the LOW threshold: the milder grade
  [10, 8.9, 1.1, 0.89, 'MEDIUM'],
  [4, 3, 1, 0.75, 'MEDIUM'],
  [100, 74, 26, 0.74, 'HIGH'],
  [5, 0, 5, 0, 'CRITICAL'],
  [0, 3, -3, null, 'NONE'],
])('MEET_NEED: need %d, provision %d → gap %d, coverage %s, %s', async (need, provision, gap, coverage, severity) => {
  expect(await graded('MEET_NEED', need, provision)).toEqual({ gap, coverage, severity });
});

test.each([
  // ceiling (need), actual (provision) → gap = actual − ceiling, coverage = ceiling ÷ actual (1 when actual is 0)
  [28, 20, -8, 1.4, 'NONE'],
  [28, 28, 0, 1, 'NONE'],
  [5, 0, -5, 1, 'NONE'],
  [5, 6, 1, 0.8333333333, 'LOW'], // E = 1 ≤ max(1, 0.5)
  [5, 7, 2, 0.7142857143, 'MEDIUM'], // E = 2 > 1, ≤ max(2, 1.65)
  [5, 8, 3, 0.625, 'HIGH'], // E = 3 > max(2, 1.65)
  [30, 33, 3, 0.9090909091, 'LOW'], // E = 3 = 0.10 × 30: on the threshold, the milder grade
  [30, 34, 4, 0.8823529412, 'MEDIUM'], // E = 4 ≤ 0.33 × 30 = 9.9
  [30, 39.9, 9.9, 0.7518796992, 'MEDIUM'], // E = 9.9 on the MEDIUM threshold
  [30, 40, 10, 0.75, 'HIGH'],
  [0, 1, 1, 0, 'LOW'], // a zero ceiling: one person over is LOW (max(1, 0)), never CRITICAL
  [0, 3, 3, 0, 'HIGH'],
])('REDUCE: ceiling %d, actual %d → gap %d, coverage %s, %s', async (need, provision, gap, coverage, severity) => {
  expect(await graded('REDUCE', need, provision)).toEqual({ gap, coverage, severity });
});

test('the excess thresholds are configuration', async () => {
  const strict = severityThresholds({ GAP_EXCESS_LOW: '0', GAP_EXCESS_MEDIUM: '0.05' });
  // E = 2 against a ceiling of 30: above max(1, 0) and max(2, 1.5) is 2, so MEDIUM on the floor; 3 is HIGH.
  expect((await graded('REDUCE', 30, 32, strict)).severity).toBe('MEDIUM');
  expect((await graded('REDUCE', 30, 33, strict)).severity).toBe('HIGH');
  expect(() => severityThresholds({ GAP_EXCESS_LOW: '0.5', GAP_EXCESS_MEDIUM: '0.2' })).toThrow(/GAP_EXCESS_LOW/);
});
