import {
  AGE_PROFILES,
  AUTISM_RECORDED_RATE,
  AUTISM_RECORDING_ANNUAL_GROWTH,
  AUTISM_SHARE_OF_LD_REGISTER,
  CATEGORY_INTENSITY,
  COHORT_ANNUAL_GROWTH,
  COHORTS,
  HOUSING_NEED_ANNUAL_GROWTH,
  INPATIENT_NEED_PER_MILLION,
  LEARNING_DISABILITY_KNOWN_SHARE,
  LEARNING_DISABILITY_PREVALENCE,
  LOCAL_GROWTH_ADJUSTMENT,
  LOCAL_REGISTER_FACTOR,
  NEED_CATEGORIES,
  PATHWAY_STAGES,
  STAGE_SHARE_OF_KNOWN,
  type Cohort,
  type NeedCategory,
  type PathwayStage,
} from '../../seeds/demo-generator/assumptions.js';
import type { Areas, LocalAuthority } from './areas.js';
import type { KeyedRandom } from './random.js';

export { COHORTS, NEED_CATEGORIES, PATHWAY_STAGES, type Cohort, type NeedCategory, type PathwayStage };

/** The year the demo assumptions are stated for; growth is applied from it. */
export const BASE_YEAR = 2024;
/**
 * Growth rates are compounded over at most this many years either side of the base year, so a
 * century-long range (scale 10) keeps every year's figures in realistic proportions.
 */
const MAX_DRIFT_YEARS = 15;

export function drift(year: number): number {
  return Math.max(-MAX_DRIFT_YEARS, Math.min(MAX_DRIFT_YEARS, year - BASE_YEAR));
}

/** Position of one (cohort, category, stage) in a need vector. */
export function needIndex(cohort: number, category: number, stage: number): number {
  return (cohort * NEED_CATEGORIES.length + category) * PATHWAY_STAGES.length + stage;
}
export const NEED_VECTOR_LENGTH = COHORTS.length * NEED_CATEGORIES.length * PATHWAY_STAGES.length;

/**
 * Population and JSNA need of each authority, from the demo dataset's assumptions (prevalence, share
 * known to services, share of the known needing each stage, category intensity, inpatients per million).
 */
export class NeedModel {
  private readonly registerFactor = new Map<string, number>();
  private readonly growthAdjustment = new Map<string, number>();
  private readonly cache = new Map<string, Int32Array>();

  constructor(
    private readonly areas: Areas,
    random: KeyedRandom,
  ) {
    for (const la of areas.localAuthorities) {
      this.registerFactor.set(la.onsCode, random.uniform(`${la.onsCode}|register`, ...LOCAL_REGISTER_FACTOR));
      this.growthAdjustment.set(la.onsCode, random.uniform(`${la.onsCode}|growth`, ...LOCAL_GROWTH_ADJUSTMENT));
    }
  }

  /** Residents of the authority in the cohort and year. */
  population(la: LocalAuthority, cohort: Cohort, year: number): number {
    const share = AGE_PROFILES[la.profile][cohort] / 100;
    const growth = COHORT_ANNUAL_GROWTH[cohort] + this.growthAdjustment.get(la.onsCode)!;
    return Math.round(la.residents * share * (1 + growth) ** drift(year));
  }

  /** People needing support, per (cohort, category, stage), rounded as needs.csv holds them. Cached by year. */
  needs(laCode: string, year: number): Int32Array {
    const key = `${laCode}|${year}`;
    let vector = this.cache.get(key);
    if (vector) return vector;
    const la = this.areas.laByCode.get(laCode)!;
    vector = new Int32Array(NEED_VECTOR_LENGTH);
    const factor = this.registerFactor.get(laCode)!;
    COHORTS.forEach((cohort, c) => {
      const residents = this.population(la, cohort, year);
      const learningDisability = LEARNING_DISABILITY_PREVALENCE[cohort] * LEARNING_DISABILITY_KNOWN_SHARE[cohort];
      const known: Record<NeedCategory, number> = {
        LEARNING_DISABILITY: learningDisability * (1 - AUTISM_SHARE_OF_LD_REGISTER),
        LEARNING_DISABILITY_AND_AUTISM: learningDisability * AUTISM_SHARE_OF_LD_REGISTER,
        AUTISM: AUTISM_RECORDED_RATE[cohort] * (1 + AUTISM_RECORDING_ANNUAL_GROWTH) ** drift(year),
      };
      NEED_CATEGORIES.forEach((category, k) => {
        PATHWAY_STAGES.forEach((stage, s) => {
          let people: number;
          if (stage === 'SPECIALIST_INPATIENT') {
            people = (residents * INPATIENT_NEED_PER_MILLION[cohort][category] * factor) / 1e6;
          } else {
            people = residents * known[category] * factor * STAGE_SHARE_OF_KNOWN[stage][cohort] * CATEGORY_INTENSITY[stage][category];
            if (stage === 'HOUSING_AND_ACCOMMODATION') people *= (1 + HOUSING_NEED_ANNUAL_GROWTH) ** drift(year);
          }
          vector![needIndex(c, k, s)] = Math.round(people);
        });
      });
    });
    // Rows are generated year by year; keep the cache small.
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(key, vector);
    return vector;
  }

  /**
   * Need attributed to an ICS (each authority's need × its place share) or to one place, summed over the
   * given cohorts and categories at one stage.
   */
  attributed(
    icsCode: string,
    laCode: string | null,
    year: number,
    stage: PathwayStage,
    cohorts: readonly Cohort[],
    categories: readonly NeedCategory[],
  ): number {
    const s = PATHWAY_STAGES.indexOf(stage);
    let total = 0;
    for (const place of this.areas.placesByIcs.get(icsCode)!) {
      if (laCode !== null && place.laCode !== laCode) continue;
      const vector = this.needs(place.laCode, year);
      for (const cohort of cohorts) {
        const c = COHORTS.indexOf(cohort);
        for (const category of categories) total += vector[needIndex(c, NEED_CATEGORIES.indexOf(category), s)] * place.share;
      }
    }
    return total;
  }
}
