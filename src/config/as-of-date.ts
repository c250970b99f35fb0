/**
 * The date the platform treats as today: `AS_OF_DATE` (YYYY-MM-DD) when set, e.g. to show the data as it
 * stood at a quarter end or to make a demo reproducible, else the calendar date in UTC. Read on each call,
 * like the other settings a request reads, so a test may set it; a malformed value is an error naming it.
 */
export function asOfDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const raw = env.AS_OF_DATE?.trim();
  if (!raw) return now.toISOString().slice(0, 10);
  if (!isCalendarDate(raw)) throw new Error(`AS_OF_DATE must be a date as YYYY-MM-DD, e.g. 2026-04-01 (was '${raw}')`);
  return raw;
}

/** A real day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}
