import { asOfDate } from './as-of-date.js';

const now = new Date('2026-11-29T23:30:00Z');

test('without AS_OF_DATE it is the calendar date in UTC', () => {
  expect(asOfDate({}, now)).toBe('2026-11-29');
  expect(asOfDate({ AS_OF_DATE: ' ' }, now)).toBe('2026-11-29');
});

test('AS_OF_DATE, when set, is the date', () => {
  expect(asOfDate({ AS_OF_DATE: '2025-06-30' }, now)).toBe('2025-06-30');
});

test('a malformed or impossible AS_OF_DATE is an error naming the setting', () => {
  expect(() => asOfDate({ AS_OF_DATE: '30/06/2025' }, now)).toThrow("AS_OF_DATE must be a date as YYYY-MM-DD, e.g. 2026-04-01 (was '30/06/2025')");
  expect(() => asOfDate({ AS_OF_DATE: '2025-02-30' }, now)).toThrow(/AS_OF_DATE/);
});
