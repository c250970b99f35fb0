/**
 * The dynamic support register (dynamic_support_register.csv): each ICB's register of the residents of each of
 * its places at each quarter end, per cohort × need category, rated RED, AMBER, GREEN and BLUE, with keyworkers
 * allocated for the 0–25s. RED + AMBER follows the JSNA's crisis need (which is already modelled as "what a DSR
 * rates red or amber", seeds/demo/README.md); BLUE follows the JSNA's specialist inpatient need.
 *
 * It draws from its own random stream (its own seed below), so adding it changed no other demo file.
 */
import { COHORT_AGES, COHORTS, NEED_CATEGORIES, type Cohort } from './assumptions.js';
import type { IcsProfile } from './ics-profiles.js';
import { quarterEnds } from './inpatients.js';
import { assessedNeed } from './model.js';
import { hashKey, mulberry32 } from './random.js';
import type { Place } from './reference.js';

/** The register's own stream: changing it re-rolls this file only. */
const REGISTER_SEED = 'dynamic support register demo 2026';

function draw(key: string, min: number, max: number): number {
  return min + (max - min) * mulberry32(hashKey(`${REGISTER_SEED}|${key}`))();
}

/** Quarterly returns, from the first quarter of 2024/25 to the last of 2025/26 (the latest census in the demo). */
export const REGISTER_FIRST_PERIOD_END = '2024-06-30';
export const REGISTER_LAST_PERIOD_END = '2026-03-31';

/** RED + AMBER against the JSNA crisis need of the place (people × share): the register finds a few more or fewer. */
const RED_AMBER_OVER_JSNA: [number, number] = [0.85, 1.15];
/** Of RED + AMBER, the share rated RED (imminent risk): a modelling assumption, a third to under a half. */
const RED_SHARE: [number, number] = [0.3, 0.45];
/** GREEN (risks managed) per person rated RED or AMBER: people stay on the register once stable. */
const GREEN_PER_RED_AMBER: [number, number] = [1.5, 2.5];
/** BLUE (in hospital) against the JSNA specialist inpatient need of the place. */
const BLUE_OVER_JSNA: [number, number] = [0.8, 1.2];
/**
 * Share of the 0–25s rated RED, AMBER or BLUE with a keyworker allocated, per ICS at the first quarter, rising a
 * point a quarter as keyworking services fill their posts (NHS Long Term Plan: keyworkers for the children and
 * young people with the most complex needs). "Most" have one; below 1 everywhere.
 */
const KEYWORKER_SHARE_START: [number, number] = [0.72, 0.9];
const KEYWORKER_SHARE_QUARTERLY_RISE = 0.01;
const KEYWORKER_SHARE_CEILING = 0.97;
/**
 * QMJ's keyworker service serves 14–25 only (seeds/demo/README.md, planted breaks): its under-14s on the register
 * mostly have none, which the KEYWORKERS domain shows as a HIGH gap.
 */
const UNDER_14_KEYWORKER_SHARE: Record<string, number> = { QMJ: 0.25 };

/** Cohorts the keyworking programme covers: ages 0–25. */
const KEYWORKER_COHORTS: readonly Cohort[] = COHORTS.filter((cohort) => COHORT_AGES[cohort][1] <= 25);

const financialYear = (periodEnd: string): number => Number(periodEnd.slice(0, 4)) - (Number(periodEnd.slice(5, 7)) < 4 ? 1 : 0);

export interface RegisterRow {
  icsCode: string;
  laCode: string;
  cohort: Cohort;
  category: string;
  periodEnd: string;
  red: number;
  amber: number;
  green: number;
  blue: number;
  /** Null for cohorts aged 26+, whose keyworkers are not returned. */
  withKeyworker: { red: number; amber: number; blue: number } | null;
}

/** One ICS's register: every place × quarter × cohort × category with anyone on it. */
export function registerRows(ics: IcsProfile, places: readonly Place[]): RegisterRow[] {
  const rows: RegisterRow[] = [];
  const keyworkerStart = draw(`${ics.odsCode}|keyworker share`, ...KEYWORKER_SHARE_START);
  quarterEnds(REGISTER_FIRST_PERIOD_END, REGISTER_LAST_PERIOD_END).forEach((periodEnd, quarter) => {
    const year = financialYear(periodEnd);
    for (const place of places) {
      for (const cohort of COHORTS) {
        for (const category of NEED_CATEGORIES) {
          const key = `${place.icsCode}|${place.laCode}|${cohort}|${category}|${periodEnd}`;
          const crisis = assessedNeed(place.laCode, cohort, category, 'CRISIS_AND_INTENSIVE_SUPPORT', year) * place.populationShare;
          const inpatient = assessedNeed(place.laCode, cohort, category, 'SPECIALIST_INPATIENT', year) * place.populationShare;
          const redAmber = Math.round(crisis * draw(`${key}|red amber`, ...RED_AMBER_OVER_JSNA));
          const red = Math.round(redAmber * draw(`${key}|red share`, ...RED_SHARE));
          const amber = redAmber - red;
          const green = Math.round(redAmber * draw(`${key}|green`, ...GREEN_PER_RED_AMBER));
          const blue = Math.round(inpatient * draw(`${key}|blue`, ...BLUE_OVER_JSNA));
          if (red + amber + green + blue === 0) continue;
          let withKeyworker: RegisterRow['withKeyworker'] = null;
          if (KEYWORKER_COHORTS.includes(cohort)) {
            const under14 = COHORT_AGES[cohort][1] < 14;
            const share = under14 && UNDER_14_KEYWORKER_SHARE[ics.odsCode] !== undefined
              ? UNDER_14_KEYWORKER_SHARE[ics.odsCode]
              : Math.min(KEYWORKER_SHARE_CEILING, keyworkerStart + KEYWORKER_SHARE_QUARTERLY_RISE * quarter);
            const allocated = (people: number, rating: string) => Math.min(people, Math.round(people * share + draw(`${key}|${rating} keyworker`, -0.5, 0.5)));
            withKeyworker = { red: allocated(red, 'red'), amber: allocated(amber, 'amber'), blue: allocated(blue, 'blue') };
          }
          rows.push({ icsCode: place.icsCode, laCode: place.laCode, cohort, category, periodEnd, red, amber, green, blue, withKeyworker });
        }
      }
    }
  });
  return rows;
}
