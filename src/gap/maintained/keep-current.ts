import { dateOfReading } from '../../config.js';
import type { Database } from '../../db/database.js';
import { logger } from '../../observability/logger.js';
import { maintainFindings } from './maintain-findings.js';
import { derivationOn, maintainedFindingsOn } from './maintained-findings.sql.js';

/**
 * Re-derives every maintained finding when they do not hold the data, the date reads are made on and the clearance
 * years: findings are kept for one as-of date (workforce counts WTE in post for years under way, planned after), so
 * when the date of reading turns, or maintenance is switched on over data imported without it, reads would compute
 * until the next change. One transaction, ordered with imports and edits by the data version's row lock. True when
 * it re-derived.
 */
export async function rederiveIfBehind(database: Database, asOfDate: string): Promise<boolean> {
  if (!maintainedFindingsOn()) return false;
  const derivation = derivationOn(asOfDate);
  return database.fork().transactional(async (em) => {
    const sql = database.sql(em);
    const [state] = await sql.rows<{ current: boolean }>(
      `select coalesce(s.data_version = v.version and s.as_of_date = $1::date and s.clearance_years = $2::text, false) as current
       from (select version from data_version where id = 1 for update) v
       left join maintained_gap_findings_state s on s.id = 1`,
      [derivation.asOfDate, derivation.clearanceYears],
    );
    if (!state || state.current) return false;
    await maintainFindings(sql, { mark: { auditId: 0, needYears: '' }, everywhere: true }, derivation);
    return true;
  });
}

/**
 * Keeps the maintained findings current for the server's date of reading (AS_OF_DATE, else today in England):
 * checked at start and every `everyMs`, one check at a time, on a timer that never holds the process open. Returns
 * the function stopping it. Nothing when maintenance is off.
 */
export function keepFindingsCurrent(database: Database, asOfDate: string | null, everyMs = 10 * 60_000): () => void {
  if (!maintainedFindingsOn()) return () => {};
  let running = Promise.resolve();
  const check = () => {
    running = running
      .then(async () => {
        const date = dateOfReading(asOfDate);
        const started = performance.now();
        if (await rederiveIfBehind(database, date)) {
          logger.info({ asOfDate: date, ms: Math.round(performance.now() - started) }, 'maintained gap findings re-derived for the date of reading');
        }
      })
      .catch((error: unknown) => logger.error({ err: error }, 'maintained gap findings: re-derivation failed; reads compute meanwhile'));
  };
  check();
  const timer = setInterval(check, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
