import {
  ACCOMMODATION_ANNUAL_CHANGE,
  ACCOMMODATION_MIX,
  HOUSING_COHORTS,
  HOUSING_COVERAGE_2025,
  HOUSING_COVERAGE_MARGIN,
  HOUSING_PLACE_JITTER,
  NEED_CATEGORIES,
  SERVICE_CALIBRATION_YEAR,
  SUPPORTED_LIVING_ANNUAL_GROWTH,
  type AccommodationType,
  type HousingCohort,
} from './assumptions.js';
import { placeNeed } from './model.js';
import { uniform } from './random.js';
import type { Place } from './reference.js';

/**
 * Homes and the support in them are planned from one coverage per ICS, so the housing plan (HOUSING
 * domain) and the housing-stage support services (SERVICES domain) give the same verdict for the ICS.
 */
export function housingCoverage(icsCode: string): number {
  const drawn = uniform(`${icsCode}|housing coverage`, ...HOUSING_COVERAGE_2025);
  if (Math.abs(drawn - 1) >= HOUSING_COVERAGE_MARGIN) return drawn;
  return drawn < 1 ? 1 - HOUSING_COVERAGE_MARGIN : 1 + HOUSING_COVERAGE_MARGIN;
}

/** A place's coverage: the ICS's, ±3% keyed per place. */
export function placeHousingCoverage(place: Place): number {
  return housingCoverage(place.icsCode) * (1 + uniform(`${place.icsCode}|${place.laCode}|housing`, -HOUSING_PLACE_JITTER, HOUSING_PLACE_JITTER));
}

/** Homes of the given types for a place and cohort in the calibration year (2025/26), unrounded. */
export function placeHomes2025(place: Place, cohort: HousingCohort, types: readonly AccommodationType[]): number {
  const need = placeNeed(place, [cohort], NEED_CATEGORIES, 'HOUSING_AND_ACCOMMODATION', SERVICE_CALIBRATION_YEAR);
  const mix = types.reduce((total, type) => total + ACCOMMODATION_MIX[cohort][type], 0);
  return need * mix * placeHousingCoverage(place);
}

/** All housing cohorts of some places together, for the support services sized on the same homes. */
export function placesHomes2025(places: readonly Place[], types: readonly AccommodationType[]): number {
  let total = 0;
  for (const place of places) for (const cohort of HOUSING_COHORTS) total += placeHomes2025(place, cohort, types);
  return total;
}

/** Yearly change of a type's bed-spaces (supported living keyed per ICS). */
export function annualChange(type: AccommodationType, icsCode: string): number {
  return type === 'SUPPORTED_LIVING' ? uniform(`${icsCode}|supported living growth`, ...SUPPORTED_LIVING_ANNUAL_GROWTH) : ACCOMMODATION_ANNUAL_CHANGE[type];
}
