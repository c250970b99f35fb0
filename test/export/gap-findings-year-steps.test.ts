import { yearSteps } from '../../src/export/gap-findings-in-steps.js';

const one = (year: number) => ({ year, fromYear: null, toYear: null });
const range = (fromYear: number | null, toYear: number | null) => ({ year: null, fromYear, toYear });
const open = { year: null, fromYear: null, toYear: null };

// Every year is in exactly one step: each held year alone, the others in ranges around and between them.
test.each([
  ['a year asked for', { ...open, year: 2025 }, [2024, 2025], [one(2025)]],
  ['all years, contiguous held', open, [2025, 2024], [range(null, 2023), one(2024), one(2025), range(2026, null)]],
  ['all years, a gap', open, [2024, 2027], [range(null, 2023), one(2024), range(2025, 2026), one(2027), range(2028, null)]],
  ['a gap of one year', open, [2024, 2026], [range(null, 2023), one(2024), one(2025), one(2026), range(2027, null)]],
  ['within a range', { ...open, fromYear: 2025, toYear: 2027 }, [2024, 2025, 2026], [one(2025), one(2026), one(2027)]],
  ['from a year on', { ...open, fromYear: 2026 }, [2024, 2025, 2026], [one(2026), range(2027, null)]],
  ['nothing held', open, [], [open]],
  ['a range beyond what is held', { ...open, fromYear: 2030, toYear: 2031 }, [2024], [range(2030, 2031)]],
])('%s', (_, filter, held, expected) => {
  expect(yearSteps(filter, held)).toEqual(expected);
});
