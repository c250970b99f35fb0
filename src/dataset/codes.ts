import { quoted } from './excerpt.js';
import { InvalidValue, shaped, type FieldParser } from './fields.js';
import type { KnownCodes } from './known.js';

/**
 * An ICB's ODS code: 3 capital letters or digits (the ICBs of 2022, e.g. QWU) or 5 (those established on
 * 1 April 2026, e.g. S1Y5D).
 */
export const ICB_ODS_CODE = /^(?:[A-Z0-9]{3}|[A-Z0-9]{5})$/;

/** Official code shapes (ODS and ONS). */
export const icbOdsCode = shaped(ICB_ODS_CODE, 'an ICB ODS code (3 or 5 capital letters or digits, e.g. QWU or S1Y5D)');
export const regionOdsCode = shaped(/^Y\d{2}$/, 'a region ODS code (Y and 2 digits, e.g. Y60)');
export const icbOnsCode = shaped(/^E54\d{6}$/, 'an ICB ONS code (E54 and 6 digits)');
export const regionOnsCode = shaped(/^E40\d{6}$/, 'a region ONS code (E40 and 6 digits)');
export const laOnsCode = shaped(
  /^E(06|08|09|10)\d{6}$/,
  'an upper-tier local authority ONS code (E06, E08, E09 or E10 and 6 digits)',
);
export { role } from './role.js';

/** An ICS that is stored or defined earlier in this import. */
export const knownIcs: FieldParser<string> = (raw, known) => {
  const code = icbOdsCode(raw, known);
  if (!known.has('integratedCareSystems', code)) {
    throw new InvalidValue(`unknown ICS '${code}' (not in integrated_care_systems.csv nor stored)`);
  }
  return code;
};

export const knownLocalAuthority: FieldParser<string> = (raw, known) => {
  const code = laOnsCode(raw, known);
  if (!known.has('localAuthorities', code)) {
    throw new InvalidValue(`unknown local authority '${code}' (not in local_authorities.csv nor stored)`);
  }
  return code;
};

export const knownMetric: FieldParser<string> = (raw, known) => {
  const code = metricCode(raw, known);
  if (!known.has('metrics', code)) throw new InvalidValue(`unknown metric '${code}' (not in targets.csv nor stored)`);
  return code;
};

export const metricCode = shaped(/^[A-Z][A-Z0-9_]{0,79}$/, 'a metric code (capitals, digits and _)');

/**
 * Codes a vocabulary no longer has, with what to use instead: a dataset written for v1 is told how to
 * change, not just that the code is unknown.
 */
const RETIRED: Partial<Record<VocabularySet, Record<string, string>>> = {
  cohorts: {
    PREPARING_FOR_ADULTHOOD:
      "'PREPARING_FOR_ADULTHOOD' (14–25) is no longer a cohort: since v2 it is split at 18 into CHILDREN_14_17 (14–17) " +
      'and YOUNG_ADULTS_18_25 (18–25), the cohort group PREPARING_FOR_ADULTHOOD; give each row one of the two codes',
  },
};

type VocabularySet = 'cohorts' | 'needCategories' | 'pathwayStages' | 'populationGroups' | 'serviceTypes';

/** A code from a reference vocabulary (a table filled by migrations): the message lists the codes. */
function vocabulary(set: VocabularySet, what: string) {
  return (raw: string, known: KnownCodes): string => {
    if (raw === '') throw new InvalidValue('empty; a value is required');
    const retired = known.has(set, raw) ? undefined : RETIRED[set]?.[raw];
    if (retired) throw new InvalidValue(retired);
    if (!known.has(set, raw))
      throw new InvalidValue(`unknown ${what} ${quoted(raw)}; known: ${known.list(set).join(', ')}`);
    return raw;
  };
}

export const cohort = vocabulary('cohorts', 'cohort');
export const needCategory = vocabulary('needCategories', 'need category');
export const pathwayStage = vocabulary('pathwayStages', 'pathway stage');
export const populationGroup = vocabulary('populationGroups', 'population group');
export const serviceType = vocabulary('serviceTypes', 'service type');

/** A target's scope: `England` for a national target (stored as no ICS), or an ICS's ODS code. */
export const targetScope: FieldParser<string | null> = (raw, known) => {
  if (raw.toLowerCase() === 'england') return null;
  if (raw !== '' && !ICB_ODS_CODE.test(raw)) {
    throw new InvalidValue(`${quoted(raw)} is not a scope (England, or an ICS's ODS code such as QWU or S1Y5D)`);
  }
  return knownIcs(raw, known);
};
