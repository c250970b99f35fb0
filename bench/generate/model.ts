import {
  AGE_PROFILES,
  COHORT_ANNUAL_GROWTH,
  COHORTS,
  LOCAL_GROWTH_ADJUSTMENT,
  LOCAL_REGISTER_FACTOR,
  NEED_CATEGORIES,
  PATHWAY_STAGES,
  UNDER_18_COHORTS,
  ageOverlap,
  type Basis,
  type Cohort,
  type NeedCategory,
  type PathwayStage,
} from '../../seeds/demo-generator/assumptions.js';
import { NEED_ROWS, needPerResident, type AgeLimits } from '../../seeds/demo-generator/model.js';
import type { Areas, LocalAuthority } from './areas.js';
import type { KeyedRandom } from './random.js';

export { COHORTS, NEED_CATEGORIES, NEED_ROWS, PATHWAY_STAGES, type Basis, type Cohort, type NeedCategory, type PathwayStage };

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

/** Position of one (cohort, category, stage × basis row of NEED_ROWS) in a need vector. */
export function needIndex(cohort: number, category: number, row: number): number {
  return (cohort * NEED_CATEGORIES.length + category) * NEED_ROWS.length + row;
}
export const NEED_VECTOR_LENGTH = COHORTS.length * NEED_CATEGORIES.length * NEED_ROWS.length;
const rowOf = (stage: PathwayStage, basis: Basis) => NEED_ROWS.findIndex((row) => row.stage === stage && row.basis === basis);

/**
 * Population and JSNA need of each authority, from the demo dataset's assumptions (need per resident by
 * cohort, category, stage and basis, seeds/demo-generator/model.ts) and a keyed register factor per authority.
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

  /** People needing support (or checks and assessments a year), per needIndex, rounded as needs.csv holds them. Cached by year. */
  needs(laCode: string, year: number): Int32Array {
    const key = `${laCode}|${year}`;
    let vector = this.cache.get(key);
    if (vector) return vector;
    const la = this.areas.laByCode.get(laCode)!;
    vector = new Int32Array(NEED_VECTOR_LENGTH);
    const factor = this.registerFactor.get(laCode)!;
    COHORTS.forEach((cohort, c) => {
      const residents = this.population(la, cohort, year) * factor;
      NEED_CATEGORIES.forEach((category, k) => {
        NEED_ROWS.forEach(({ stage, basis }, r) => {
          vector![needIndex(c, k, r)] = Math.round(residents * needPerResident(cohort, category, stage, basis, drift(year)));
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
   * given cohorts and categories at one stage and basis, each cohort × the share of its ages a service serves.
   */
  attributed(
    icsCode: string,
    laCode: string | null,
    year: number,
    stage: PathwayStage,
    cohorts: readonly Cohort[],
    categories: readonly NeedCategory[],
    basis: Basis = 'CASELOAD',
    ages: AgeLimits = {},
  ): number {
    const r = rowOf(stage, basis);
    if (r < 0) return 0;
    let total = 0;
    for (const place of this.areas.placesByIcs.get(icsCode)!) {
      if (laCode !== null && place.laCode !== laCode) continue;
      const vector = this.needs(place.laCode, year);
      for (const cohort of cohorts) {
        const c = COHORTS.indexOf(cohort);
        const overlap = ageOverlap(cohort, ages.minAge, ages.maxAge);
        for (const category of categories) total += vector[needIndex(c, NEED_CATEGORIES.indexOf(category), r)] * place.share * overlap;
      }
    }
    return total;
  }

  /** Residents of an ICS in a population group (cohorts split at 18). */
  residents(icsCode: string, group: 'UNDER_18' | 'AGE_18_PLUS' | 'ALL_AGES', year: number): number {
    let total = 0;
    for (const place of this.areas.placesByIcs.get(icsCode)!) {
      const la = this.areas.laByCode.get(place.laCode)!;
      for (const cohort of COHORTS) {
        if (group !== 'ALL_AGES' && UNDER_18_COHORTS.includes(cohort) !== (group === 'UNDER_18')) continue;
        total += this.population(la, cohort, year) * place.share;
      }
    }
    return total;
  }
}
