import { LocalAuthorityTier } from '../organisation/LocalAuthority.entity.js';
import { quoted } from './excerpt.js';
import type { KnownCodes } from './known.js';
import type { ColumnProblem } from './spec.js';

// Checks across the fields of one row, or across rows of a file, run once every field has parsed.

const TIER_BY_PREFIX: Record<string, LocalAuthorityTier> = {
  E06: LocalAuthorityTier.UNITARY,
  E08: LocalAuthorityTier.METROPOLITAN_DISTRICT,
  E09: LocalAuthorityTier.LONDON_BOROUGH,
  E10: LocalAuthorityTier.COUNTY,
};

/** The ONS code's prefix fixes the tier (E06 unitary, E08 metropolitan district, E09 London, E10 county). */
export function tierMatchesCode(onsCode: string, tier: LocalAuthorityTier): ColumnProblem[] {
  const prefix = onsCode.slice(0, 3);
  const expected = TIER_BY_PREFIX[prefix];
  if (tier === expected) return [];
  return [{ column: 'tier', message: `tier ${tier} does not match code ${onsCode} (${prefix} is ${expected})` }];
}

/** A catchment naming an authority must be one of the ICS's places; none means the whole ICS. */
export function catchmentIsPlace(icsCode: string, laCode: string | null, known: KnownCodes): ColumnProblem[] {
  if (laCode === null || known.hasPlace(icsCode, laCode)) return [];
  return [{ column: 'la_code', message: `${laCode} is not a place of ICS ${icsCode} (not in places.csv nor stored)` }];
}

export function endNotBeforeStart(startDate: string, endDate: string | null): ColumnProblem[] {
  if (endDate === null || endDate >= startDate) return [];
  return [{ column: 'end_date', message: `end date ${endDate} is before start date ${startDate}` }];
}

interface RegionFields {
  region_ods_code: string;
  region_name: string;
  region_ons_code: string | null;
}

/** Every row naming a region gives it the same name and ONS code, and no two regions share an ONS code. */
export function sameRegion(row: RegionFields, known: KnownCodes, line: number): ColumnProblem[] {
  const code = row.region_ods_code;
  const region = known.regionDefinitions.get(code);
  if (!region) {
    const owner = [...known.regionDefinitions].find(([, seen]) => seen.onsCode && seen.onsCode === row.region_ons_code);
    if (owner) {
      const message = `${row.region_ons_code} is the ONS code of region ${owner[0]} (line ${owner[1].line})`;
      return [{ column: 'region_ons_code', message }];
    }
    known.regionDefinitions.set(code, { name: row.region_name, onsCode: row.region_ons_code, line });
    return [];
  }
  return [
    ...differs('region_name', row.region_name, region.name, `region ${code} is named`, region.line),
    ...differs('region_ons_code', row.region_ons_code, region.onsCode, `region ${code} has ONS code`, region.line),
  ];
}

interface TargetFields {
  metric_code: string;
  metric: string | null;
  scope: string | null;
  cohort: string;
  unit: string;
  direction: string;
}

/**
 * Target rows define their metric: all rows of one metric agree on unit, direction and population group.
 * The name comes from the `metric` column (else the code), a national row's name before a local one's.
 */
export function sameMetric(row: TargetFields, known: KnownCodes, line: number): ColumnProblem[] {
  const code = row.metric_code;
  const national = row.scope === null;
  const seen = known.metricDefinitions.get(code);
  if (!seen) {
    const { unit, direction, cohort: populationGroup } = row;
    known.metricDefinitions.set(code, { name: row.metric ?? code, national, unit, direction, populationGroup, line });
    return [];
  }
  if (national && !seen.national && row.metric !== null) Object.assign(seen, { name: row.metric, national });
  return [
    ...differs('unit', row.unit, seen.unit, `metric ${code} has unit`, seen.line),
    ...differs('direction', row.direction, seen.direction, `metric ${code} has direction`, seen.line),
    ...differs('cohort', row.cohort, seen.populationGroup, `metric ${code} has population group`, seen.line),
  ];
}

function differs(column: string, value: string | null, first: string | null, what: string, line: number) {
  return value === first ? [] : [{ column, message: `${what} ${quoted(first ?? '')} on line ${line}` }];
}
