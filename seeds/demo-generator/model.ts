import {
  AGE_PROFILES,
  ageOverlap,
  AUTISM_RECORDED_RATE,
  AUTISM_RECORDING_ANNUAL_GROWTH,
  AUTISM_SHARE_OF_LD_REGISTER,
  AUTISTIC_ADULTS_PREVENTION_SHARE,
  ADULT_COHORTS,
  CATEGORY_INTENSITY,
  COHORT_ANNUAL_GROWTH,
  COHORT_AGES,
  COHORTS,
  DIAGNOSTIC_ASSESSMENTS_PER_RECORDED,
  FIRST_YEAR,
  HEALTH_CHECK_MIN_AGE,
  HOUSING_NEED_ANNUAL_GROWTH,
  INPATIENT_NEED_PER_MILLION,
  LEARNING_DISABILITY_KNOWN_SHARE,
  LEARNING_DISABILITY_PREVALENCE,
  LOCAL_AUTHORITY_DEMOGRAPHY,
  LOCAL_GROWTH_ADJUSTMENT,
  LOCAL_REGISTER_FACTOR,
  NEED_CATEGORIES,
  STAGE_SHARE_OF_KNOWN,
  UNDER_18_COHORTS,
  type Basis,
  type Cohort,
  type NeedCategory,
  type PathwayStage,
} from './assumptions.js';
import type { Place } from './reference.js';
import { uniform } from './random.js';

/** Resident population of an authority in a cohort and year (an integer, as population.csv holds it). */
export function residentPopulation(laCode: string, cohort: Cohort, year: number): number {
  const demography = LOCAL_AUTHORITY_DEMOGRAPHY[laCode];
  if (!demography) throw new Error(`No population assumption for local authority ${laCode}`);
  const base = (demography.residents * AGE_PROFILES[demography.profile][cohort]) / 100;
  const growth = COHORT_ANNUAL_GROWTH[cohort] + uniform(`${laCode}|population growth`, ...LOCAL_GROWTH_ADJUSTMENT);
  return Math.round(base * (1 + growth) ** (year - FIRST_YEAR));
}

const registerFactor = (laCode: string): number => uniform(`${laCode}|register`, ...LOCAL_REGISTER_FACTOR);

/**
 * People known to services (on GP registers) in the three mutually exclusive categories, per resident of
 * the cohort: the learning disability register (prevalence × known share) split by the 30.7% who also have
 * autism recorded, and autistic people without a learning disability from the recorded-autism rate.
 */
export function knownPerResident(cohort: Cohort, category: NeedCategory, yearsFromFirst: number): number {
  const onLearningDisabilityRegister = LEARNING_DISABILITY_PREVALENCE[cohort] * LEARNING_DISABILITY_KNOWN_SHARE[cohort];
  switch (category) {
    case 'LEARNING_DISABILITY':
      return onLearningDisabilityRegister * (1 - AUTISM_SHARE_OF_LD_REGISTER);
    case 'LEARNING_DISABILITY_AND_AUTISM':
      return onLearningDisabilityRegister * AUTISM_SHARE_OF_LD_REGISTER;
    case 'AUTISM':
      return AUTISM_RECORDED_RATE[cohort] * (1 + AUTISM_RECORDING_ANNUAL_GROWTH) ** yearsFromFirst;
  }
}

/**
 * Need per resident of the cohort (before the authority's register factor): people needing the stage at
 * one time (CASELOAD), or checks and assessments a year (PER_YEAR, prevention only). Shared with the
 * bench generator, which applies it to synthetic authorities.
 */
export function needPerResident(cohort: Cohort, category: NeedCategory, stage: PathwayStage, basis: Basis, yearsFromFirst: number): number {
  if (basis === 'PER_YEAR') {
    if (stage !== 'PREVENTION_EARLY_INTERVENTION') return 0;
    const known = knownPerResident(cohort, category, yearsFromFirst);
    if (category === 'AUTISM') return known * DIAGNOSTIC_ASSESSMENTS_PER_RECORDED[cohort];
    // one annual health check a year for everyone aged 14+ on the register
    return known * ageOverlap(cohort, HEALTH_CHECK_MIN_AGE, undefined);
  }
  if (stage === 'SPECIALIST_INPATIENT') return INPATIENT_NEED_PER_MILLION[cohort][category] / 1_000_000;
  const known = knownPerResident(cohort, category, yearsFromFirst);
  if (stage === 'PREVENTION_EARLY_INTERVENTION' && ADULT_COHORTS.includes(cohort)) {
    // adults' prevention is counted a year (checks, assessments); at one time only autistic adults' advice and peer support
    return category === 'AUTISM' ? known * AUTISTIC_ADULTS_PREVENTION_SHARE : 0;
  }
  const needing = known * STAGE_SHARE_OF_KNOWN[stage][cohort] * CATEGORY_INTENSITY[stage][category];
  const housingGrowth = stage === 'HOUSING_AND_ACCOMMODATION' ? (1 + HOUSING_NEED_ANNUAL_GROWTH) ** yearsFromFirst : 1;
  return needing * housingGrowth;
}

/** The (stage, basis) pairs needs.csv has rows for: CASELOAD everywhere, PER_YEAR at prevention only. */
export const NEED_ROWS: readonly { stage: PathwayStage; basis: Basis }[] = [
  { stage: 'PREVENTION_EARLY_INTERVENTION', basis: 'CASELOAD' },
  { stage: 'PREVENTION_EARLY_INTERVENTION', basis: 'PER_YEAR' },
  { stage: 'COMMUNITY_SUPPORT', basis: 'CASELOAD' },
  { stage: 'HOUSING_AND_ACCOMMODATION', basis: 'CASELOAD' },
  { stage: 'CRISIS_AND_INTENSIVE_SUPPORT', basis: 'CASELOAD' },
  { stage: 'SPECIALIST_INPATIENT', basis: 'CASELOAD' },
  { stage: 'DISCHARGE_AND_STEP_DOWN', basis: 'CASELOAD' },
];

const needCache = new Map<string, number>();

/** JSNA people needing support (or checks and assessments a year, PER_YEAR): one row of needs.csv. */
export function assessedNeed(laCode: string, cohort: Cohort, category: NeedCategory, stage: PathwayStage, year: number, basis: Basis = 'CASELOAD'): number {
  const key = `${laCode}|${cohort}|${category}|${stage}|${basis}|${year}`;
  let people = needCache.get(key);
  if (people === undefined) {
    people = Math.round(unroundedNeed(laCode, cohort, category, stage, basis, year));
    needCache.set(key, people);
  }
  return people;
}

function unroundedNeed(laCode: string, cohort: Cohort, category: NeedCategory, stage: PathwayStage, basis: Basis, year: number): number {
  return residentPopulation(laCode, cohort, year) * registerFactor(laCode) * needPerResident(cohort, category, stage, basis, year - FIRST_YEAR);
}

/** Age limits of a service, when it has them. */
export interface AgeLimits {
  minAge?: number;
  maxAge?: number;
}

/**
 * Need counted towards a place that a service can serve: the authority's need × the place's population
 * share, each cohort's need × the share of its years of age inside the service's ages (not rounded).
 */
export function placeNeed(
  place: Place,
  cohorts: readonly Cohort[],
  categories: readonly NeedCategory[],
  stage: PathwayStage,
  year: number,
  basis: Basis = 'CASELOAD',
  ages: AgeLimits = {},
): number {
  let total = 0;
  for (const cohort of cohorts) {
    const overlap = ageOverlap(cohort, ages.minAge, ages.maxAge);
    for (const category of categories) total += assessedNeed(place.laCode, cohort, category, stage, year, basis) * overlap;
  }
  return total * place.populationShare;
}

/** Need over several places (an ICS or a catchment). */
export function placesNeed(
  places: readonly Place[],
  cohorts: readonly Cohort[],
  categories: readonly NeedCategory[],
  stage: PathwayStage,
  year: number,
  basis: Basis = 'CASELOAD',
  ages: AgeLimits = {},
): number {
  return places.reduce((total, place) => total + placeNeed(place, cohorts, categories, stage, year, basis, ages), 0);
}

/** All categories at once (CASELOAD), the unit of the housing and finance domains. */
export function placesNeedAllCategories(places: readonly Place[], cohorts: readonly Cohort[], stage: PathwayStage, year: number): number {
  return placesNeed(places, cohorts, NEED_CATEGORIES, stage, year);
}

export type PopulationGroup = 'UNDER_18' | 'AGE_18_PLUS';

/** Residents of the places in a population group (the cohorts split at 18, so no apportioning is needed). */
export function placesResidents(places: readonly Place[], group: PopulationGroup | 'ALL_AGES', year: number): number {
  const inGroup = (cohort: Cohort): boolean => group === 'ALL_AGES' || UNDER_18_COHORTS.includes(cohort) === (group === 'UNDER_18');
  let total = 0;
  for (const place of places) {
    for (const cohort of COHORTS) if (inGroup(cohort)) total += residentPopulation(place.laCode, cohort, year) * place.populationShare;
  }
  return total;
}

export { COHORT_AGES };
