/**
 * The inpatient census (inpatient_census.csv): each ICS's own residents in hospital per population group
 * and commissioner at each quarter end, scaled from the national Assuring Transformation count.
 */
import { AGE_PROFILES, FIRST_CENSUS_PERIOD_END, LAST_PERIOD_END, UNDER_18_COHORTS } from './assumptions.js';
import type { IcsProfile } from './ics-profiles.js';
import { placesResidents, type PopulationGroup } from './model.js';
import { NATIONAL } from './national.js';
import { uniform } from './random.js';
import type { Place } from './reference.js';

export const CENSUS_COMMISSIONERS = ['ICB', 'NHS_ENGLAND_SPECIALISED', 'PROVIDER_COLLABORATIVE'] as const;
export type CensusCommissioner = (typeof CENSUS_COMMISSIONERS)[number];
export const POPULATION_GROUPS: readonly PopulationGroup[] = ['AGE_18_PLUS', 'UNDER_18'];
/** The national count the census is anchored on. */
export const ANCHOR_PERIOD_END = '2024-03-31';

/**
 * Who commissions the beds (a modelling assumption; FIGURES.md gives no split): adults mostly ICBs (assessment
 * and treatment) and secure-care provider collaboratives, a few in high secure care (NHS England); under-18s
 * almost all in CAMHS tier 4 beds through provider collaboratives.
 */
const COMMISSIONER_SHARE: Record<PopulationGroup, Record<CensusCommissioner, number>> = {
  AGE_18_PLUS: { ICB: 0.55, PROVIDER_COLLABORATIVE: 0.33, NHS_ENGLAND_SPECIALISED: 0.12 },
  UNDER_18: { ICB: 0.05, PROVIDER_COLLABORATIVE: 0.8, NHS_ENGLAND_SPECIALISED: 0.15 },
};
/**
 * Share with a total stay of 5 years or more: secure and high secure care hold the long stays; the
 * national average total stay is 1,771 days, about 4.9 years (FIGURES.md). Under-18s: none.
 */
const LONG_STAY_SHARE: Record<PopulationGroup, Record<CensusCommissioner, number>> = {
  AGE_18_PLUS: { ICB: 0.22, PROVIDER_COLLABORATIVE: 0.45, NHS_ENGLAND_SPECIALISED: 0.6 },
  UNDER_18: { ICB: 0, PROVIDER_COLLABORATIVE: 0, NHS_ENGLAND_SPECIALISED: 0 },
};
/** Share in a hospital outside the home ICB's area (secure beds are regional, high secure national). */
const OUTSIDE_HOME_SHARE: Record<PopulationGroup, Record<CensusCommissioner, number>> = {
  AGE_18_PLUS: { ICB: 0.3, PROVIDER_COLLABORATIVE: 0.6, NHS_ENGLAND_SPECIALISED: 0.9 },
  UNDER_18: { ICB: 0.3, PROVIDER_COLLABORATIVE: 0.5, NHS_ENGLAND_SPECIALISED: 0.8 },
};
/** Admissions and transfers a quarter per inpatient: children's stays are short, adults' long. */
const ADMISSIONS_PER_INPATIENT: Record<PopulationGroup, number> = { AGE_18_PLUS: 0.1, UNDER_18: 0.5 };
const TRANSFERS_PER_INPATIENT: Record<PopulationGroup, number> = { AGE_18_PLUS: 0.04, UNDER_18: 0.1 };
/** C(E)TRs due a quarter: one per admission plus repeats (children every 3 months, adults every 6 to 12). */
const REPEAT_REVIEWS_PER_INPATIENT: Record<PopulationGroup, number> = { AGE_18_PLUS: 0.35, UNDER_18: 1 };
const REVIEWS_ON_TIME: [number, number] = [0.72, 0.95];

/** England's share of residents under 18 (the England age profile: 0–17). */
const ENGLAND_UNDER_18_SHARE = UNDER_18_COHORTS.reduce((total, cohort) => total + AGE_PROFILES.ENGLAND_AVERAGE[cohort], 0) / 100;

/** National rate per million of the group in March 2024: 1,825 adults and 220 under-18s (FIGURES.md). */
export function nationalRatePerMillion(group: PopulationGroup): number {
  const { all, under18 } = NATIONAL.inpatientsMarch2024;
  const residents = NATIONAL.englandResidents * (group === 'UNDER_18' ? ENGLAND_UNDER_18_SHARE : 1 - ENGLAND_UNDER_18_SHARE);
  return ((group === 'UNDER_18' ? under18 : all - under18) * 1_000_000) / residents;
}

/** Quarter-end dates (YYYY-MM-DD) from the first to the last, inclusive. */
export function quarterEnds(first: string, last: string): string[] {
  const days = ['03-31', '06-30', '09-30', '12-31'];
  const dates: string[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    for (const day of days) {
      const date = `${year}-${day}`;
      if (date >= first && date <= last) dates.push(date);
    }
  }
  return dates;
}

/** Years (fractional) from March 2024 to a quarter end. */
function yearsFromAnchor(periodEnd: string): number {
  const [year, month] = periodEnd.split('-').map(Number);
  return year - 2024 + (month - 3) / 12;
}

/** The previous quarter end. */
function previousQuarterEnd(periodEnd: string): string {
  const [year, month] = periodEnd.split('-').map(Number);
  const previousMonth = month === 3 ? 12 : month - 3;
  const previousYear = month === 3 ? year - 1 : year;
  return `${previousYear}-${String(previousMonth).padStart(2, '0')}-${previousMonth === 6 || previousMonth === 9 ? '30' : '31'}`;
}

/**
 * Inpatients of the ICS in a group at a quarter end, all commissioners. An ICS with a stated trajectory
 * follows its own headcounts (log-linear between them, at the national fall before the first); the others
 * follow their March 2024 rate per million × residents, falling at their own pace, ±1 noise.
 */
function totalInpatients(ics: IcsProfile, places: readonly Place[], group: PopulationGroup, periodEnd: string): number {
  const path = ics.inpatients.headcounts?.[group];
  const years = yearsFromAnchor(periodEnd);
  if (path) {
    const points = Object.entries(path).map(([date, count]) => ({ at: yearsFromAnchor(date), count }));
    if (years <= points[0].at) return Math.round(points[0].count * (1 - ics.inpatients.annualFall) ** (years - points[0].at));
    for (let index = 1; index < points.length; index += 1) {
      const [from, to] = [points[index - 1], points[index]];
      if (years <= to.at) {
        const fraction = (years - from.at) / (to.at - from.at);
        return Math.round(from.count * (to.count / from.count) ** fraction);
      }
    }
    return points[points.length - 1].count;
  }
  const residents = placesResidents(places, group, 2023);
  const ratePerMillion = group === 'UNDER_18' ? ics.inpatients.under18PerMillion2024 : ics.inpatients.adultsPerMillion2024;
  const expected = ((ratePerMillion * residents) / 1_000_000) * (1 - ics.inpatients.annualFall) ** years;
  return Math.max(0, Math.round(expected + uniform(`${ics.odsCode}|${group}|${periodEnd}|inpatients`, -1, 1)));
}

/** Inpatients per commissioner: rounded shares, NHS England taking the remainder. */
function byCommissioner(ics: IcsProfile, places: readonly Place[], group: PopulationGroup, periodEnd: string): Record<CensusCommissioner, number> {
  const total = totalInpatients(ics, places, group, periodEnd);
  const shares = COMMISSIONER_SHARE[group];
  const icb = Math.round(total * shares.ICB);
  const collaborative = Math.min(total - icb, Math.round(total * shares.PROVIDER_COLLABORATIVE));
  return { ICB: icb, PROVIDER_COLLABORATIVE: collaborative, NHS_ENGLAND_SPECIALISED: total - icb - collaborative };
}

export interface CensusRow {
  icsCode: string;
  populationGroup: PopulationGroup;
  commissioner: CensusCommissioner;
  periodEnd: string;
  inpatients: number;
  totalLos5YearsPlus: number;
  outsideHomeIcb: number;
  admissions: number;
  transfers: number;
  discharges: number;
  cetrDue: number;
  cetrOnTime: number;
  status: 'FINAL' | 'PROVISIONAL';
}

/** Every census row of one ICS: group × commissioner × quarter end. Discharges balance the count. */
export function censusRows(ics: IcsProfile, places: readonly Place[]): CensusRow[] {
  const rows: CensusRow[] = [];
  for (const group of POPULATION_GROUPS) {
    for (const periodEnd of quarterEnds(FIRST_CENSUS_PERIOD_END, LAST_PERIOD_END)) {
      const now = byCommissioner(ics, places, group, periodEnd);
      const before = byCommissioner(ics, places, group, previousQuarterEnd(periodEnd));
      for (const commissioner of CENSUS_COMMISSIONERS) {
        const key = `${ics.odsCode}|${group}|${commissioner}|${periodEnd}`;
        const inpatients = now[commissioner];
        const drawnAdmissions = Math.round(inpatients * ADMISSIONS_PER_INPATIENT[group] + uniform(`${key}|admissions`, -0.5, 1));
        // count now = count before + admissions − discharges (transfers move people between hospitals)
        const admissions = Math.max(drawnAdmissions, inpatients - before[commissioner]);
        const discharges = before[commissioner] + admissions - inpatients;
        const cetrDue = Math.round(inpatients * REPEAT_REVIEWS_PER_INPATIENT[group]) + admissions;
        rows.push({
          icsCode: ics.odsCode,
          populationGroup: group,
          commissioner,
          periodEnd,
          inpatients,
          totalLos5YearsPlus: Math.round(inpatients * LONG_STAY_SHARE[group][commissioner]),
          outsideHomeIcb: Math.round(inpatients * OUTSIDE_HOME_SHARE[group][commissioner]),
          admissions,
          transfers: Math.round(inpatients * TRANSFERS_PER_INPATIENT[group]),
          discharges,
          cetrDue,
          cetrOnTime: Math.round(cetrDue * uniform(`${key}|reviews on time`, ...REVIEWS_ON_TIME)),
          // the latest quarter is provisional until the next refresh
          status: periodEnd === LAST_PERIOD_END ? 'PROVISIONAL' : 'FINAL',
        });
      }
    }
  }
  return rows;
}
