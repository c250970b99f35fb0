/**
 * Diagnostic assessment demand (assessment_demand.csv): each authority's adult autism assessment returns at each
 * quarter end from March 2024 (so 2024/25 and 2025/26 both have a waiting list at their start) to March 2026.
 * seeds/demo/README.md ("Diagnostic assessment demand") gives each assumption and its source.
 *
 * Its own random stream (ASSESSMENT_SEED), so adding this file re-rolls nothing in the other demo files.
 */
import { FIRST_YEAR, LAST_PERIOD_END, type Cohort } from './assumptions.js';
import { sortByKey, writeCsv, type CsvRow } from './csv.js';
import { quarterEnds } from './inpatients.js';
import { assessedNeed } from './model.js';
import { hashKey, mulberry32 } from './random.js';
import type { Place } from './reference.js';

const ASSESSMENT_SEED = 'ics-needs-graph demo assessment demand 2026';

/** A number in [min, max), the same every run for the same key, from this file's own stream. */
function draw(key: string, [min, max]: readonly [number, number]): number {
  return min + (max - min) * mulberry32(hashKey(`${ASSESSMENT_SEED}|${key}`))();
}

export const FIRST_ASSESSMENT_PERIOD_END = '2024-03-31';

/**
 * Adults of working age: the returns count 18–25 and 26–64. Over-65s are rarely referred (a handful a year per
 * authority), so they are left out: without returns they have no DIAGNOSTIC_ASSESSMENT finding (no data is not zero).
 */
export const ASSESSMENT_COHORTS: readonly Cohort[] = ['YOUNG_ADULTS_18_25', 'ADULTS'];

/**
 * Net referrals (referrals less those closed without assessment) a year, as a multiple of the JSNA's autism
 * assessments needed a year (needs.csv, PER_YEAR at prevention): around it, so that some ICSs' assessment capacity
 * (70–98% of that need, services.ts) keeps up with referrals and others' does not.
 */
const NET_REFERRALS_OVER_JSNA: readonly [number, number] = [0.6, 1.1];
/** Referrals closed without an assessment (withdrawn, redirected, not meeting the criteria). */
const CLOSED_WITHOUT_ASSESSMENT_SHARE: readonly [number, number] = [0.08, 0.2];
/** Assessments completed as a share of net referrals: below 1 in most authorities, so lists grow. */
const COMPLETED_OVER_NET_REFERRALS: readonly [number, number] = [0.55, 1.05];
/** The list in March 2024 in years of net referrals: waits of one to three years. */
const BACKLOG_YEARS_MARCH_2024: readonly [number, number] = [1.2, 3];
/** Of the quarter's net referrals, the share still waiting at its end (referred under 13 weeks ago). */
const RECENT_STILL_WAITING: readonly [number, number] = [0.85, 0.97];
/** Quarter-to-quarter variation of referrals and completions. */
const QUARTERLY_JITTER: readonly [number, number] = [0.85, 1.15];

/** Financial year (its starting calendar year) of a period end. */
const financialYear = (periodEnd: string) => Number(periodEnd.slice(0, 4)) - (Number(periodEnd.slice(5, 7)) < 4 ? 1 : 0);

/** One authority's returns for one adult cohort, quarter by quarter: flows of the quarter, the list at its end. */
function authorityReturns(laCode: string, cohort: Cohort): CsvRow[] {
  const key = `${laCode}|${cohort}`;
  const annualNet = (year: number) =>
    assessedNeed(laCode, cohort, 'AUTISM', 'PREVENTION_EARLY_INTERVENTION', Math.max(FIRST_YEAR, year), 'PER_YEAR') *
    draw(`${key}|net over jsna`, NET_REFERRALS_OVER_JSNA);
  const closedShare = draw(`${laCode}|closed share`, CLOSED_WITHOUT_ASSESSMENT_SHARE);
  const completedShare = draw(`${laCode}|completed share`, COMPLETED_OVER_NET_REFERRALS);
  const recent = draw(`${key}|recent`, RECENT_STILL_WAITING);
  let waiting = Math.round(annualNet(FIRST_YEAR) * draw(`${key}|backlog`, BACKLOG_YEARS_MARCH_2024));
  return quarterEnds(FIRST_ASSESSMENT_PERIOD_END, LAST_PERIOD_END).map((periodEnd, quarter) => {
    const net = Math.round((annualNet(financialYear(periodEnd)) / 4) * draw(`${key}|${periodEnd}|net`, QUARTERLY_JITTER));
    const referrals = Math.round(net / (1 - closedShare));
    // The first row's list is the March 2024 backlog itself; later lists follow the flows.
    const completed = Math.round((annualNet(financialYear(periodEnd)) / 4) * completedShare * draw(`${key}|${periodEnd}|done`, QUARTERLY_JITTER));
    if (quarter > 0) waiting = Math.max(0, waiting + net - completed);
    const under13Weeks = Math.min(waiting, Math.round(net * recent));
    return {
      la_code: laCode,
      need_category: 'AUTISM',
      cohort,
      period_end: periodEnd,
      referrals,
      closed_without_assessment: referrals - net,
      completed,
      waiting,
      waiting_13_weeks_plus: waiting - under13Weeks,
    };
  });
}

export const ASSESSMENT_DEMAND_COLUMNS = [
  'la_code', 'need_category', 'cohort', 'period_end', 'referrals', 'closed_without_assessment', 'completed', 'waiting',
  'waiting_13_weeks_plus',
] as const;

/** Writes assessment_demand.csv: every authority of the places once (its returns are for the whole authority). */
export function writeAssessmentDemand(folder: string, places: readonly Place[]): number {
  const authorities = [...new Set(places.map((place) => place.laCode))];
  const rows = authorities.flatMap((laCode) => ASSESSMENT_COHORTS.flatMap((cohort) => authorityReturns(laCode, cohort)));
  return writeCsv(folder, 'assessment_demand.csv', ASSESSMENT_DEMAND_COLUMNS, sortByKey(rows, ASSESSMENT_DEMAND_COLUMNS.slice(0, 4)));
}
