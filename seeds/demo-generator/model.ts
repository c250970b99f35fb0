import {
  AGE_PROFILES,
  AUTISM_RECORDED_RATE,
  AUTISM_RECORDING_ANNUAL_GROWTH,
  AUTISM_SHARE_OF_LD_REGISTER,
  CATEGORY_INTENSITY,
  COHORT_ANNUAL_GROWTH,
  COHORTS,
  FIRST_YEAR,
  HOUSING_NEED_ANNUAL_GROWTH,
  INPATIENT_NEED_PER_MILLION,
  LEARNING_DISABILITY_KNOWN_SHARE,
  LEARNING_DISABILITY_PREVALENCE,
  LOCAL_AUTHORITY_DEMOGRAPHY,
  LOCAL_GROWTH_ADJUSTMENT,
  LOCAL_REGISTER_FACTOR,
  NEED_CATEGORIES,
  PREPARING_FOR_ADULTHOOD_UNDER_18_SHARE,
  STAGE_SHARE_OF_KNOWN,
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

/**
 * People known to services (on GP registers) in the three mutually exclusive categories:
 * the learning disability register (prevalence × known share) split by the 30.7% who also have autism
 * recorded, and autistic people without a learning disability from the recorded-autism rate.
 */
function peopleKnownToServices(laCode: string, cohort: Cohort, category: NeedCategory, year: number): number {
  const population = residentPopulation(laCode, cohort, year);
  const registerFactor = uniform(`${laCode}|register`, ...LOCAL_REGISTER_FACTOR);
  const onLearningDisabilityRegister =
    population * LEARNING_DISABILITY_PREVALENCE[cohort] * LEARNING_DISABILITY_KNOWN_SHARE[cohort] * registerFactor;
  switch (category) {
    case 'LEARNING_DISABILITY':
      return onLearningDisabilityRegister * (1 - AUTISM_SHARE_OF_LD_REGISTER);
    case 'LEARNING_DISABILITY_AND_AUTISM':
      return onLearningDisabilityRegister * AUTISM_SHARE_OF_LD_REGISTER;
    case 'AUTISM':
      return (
        population * AUTISM_RECORDED_RATE[cohort] * registerFactor * (1 + AUTISM_RECORDING_ANNUAL_GROWTH) ** (year - FIRST_YEAR)
      );
  }
}

const needCache = new Map<string, number>();

/** JSNA people needing support: one row of needs.csv. */
export function assessedNeed(laCode: string, cohort: Cohort, category: NeedCategory, stage: PathwayStage, year: number): number {
  const key = `${laCode}|${cohort}|${category}|${stage}|${year}`;
  let people = needCache.get(key);
  if (people === undefined) {
    people = Math.round(unroundedNeed(laCode, cohort, category, stage, year));
    needCache.set(key, people);
  }
  return people;
}

function unroundedNeed(laCode: string, cohort: Cohort, category: NeedCategory, stage: PathwayStage, year: number): number {
  if (stage === 'SPECIALIST_INPATIENT') {
    const registerFactor = uniform(`${laCode}|register`, ...LOCAL_REGISTER_FACTOR);
    return (residentPopulation(laCode, cohort, year) * INPATIENT_NEED_PER_MILLION[cohort][category] * registerFactor) / 1_000_000;
  }
  const needing =
    peopleKnownToServices(laCode, cohort, category, year) * STAGE_SHARE_OF_KNOWN[stage][cohort] * CATEGORY_INTENSITY[stage][category];
  const housingGrowth = stage === 'HOUSING_AND_ACCOMMODATION' ? (1 + HOUSING_NEED_ANNUAL_GROWTH) ** (year - FIRST_YEAR) : 1;
  return needing * housingGrowth;
}

/** Need counted towards a place: the authority's need × the place's population share (not rounded). */
export function placeNeed(
  place: Place,
  cohorts: readonly Cohort[],
  categories: readonly NeedCategory[],
  stage: PathwayStage,
  year: number,
): number {
  let total = 0;
  for (const cohort of cohorts) {
    for (const category of categories) total += assessedNeed(place.laCode, cohort, category, stage, year);
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
): number {
  return places.reduce((total, place) => total + placeNeed(place, cohorts, categories, stage, year), 0);
}

/** All categories at once, the unit of the housing and finance domains. */
export function placesNeedAllCategories(places: readonly Place[], cohorts: readonly Cohort[], stage: PathwayStage, year: number): number {
  return placesNeed(places, cohorts, NEED_CATEGORIES, stage, year);
}

/** Residents of the places in a population group used by the outcome metrics. */
export function placesResidents(places: readonly Place[], group: 'ADULTS_18_PLUS' | 'UNDER_18', year: number): number {
  const weightOf = (cohort: Cohort): number => {
    if (cohort === 'PREPARING_FOR_ADULTHOOD') {
      return group === 'UNDER_18' ? PREPARING_FOR_ADULTHOOD_UNDER_18_SHARE : 1 - PREPARING_FOR_ADULTHOOD_UNDER_18_SHARE;
    }
    const isChild = cohort === 'EARLY_YEARS' || cohort === 'PRIMARY_SCHOOL' || cohort === 'SECONDARY_SCHOOL';
    return isChild === (group === 'UNDER_18') ? 1 : 0;
  };
  let total = 0;
  for (const place of places) {
    for (const cohort of COHORTS) total += residentPopulation(place.laCode, cohort, year) * weightOf(cohort) * place.populationShare;
  }
  return total;
}
