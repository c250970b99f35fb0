import { GapDomain, GapLevel } from './gap-enums.js';

const APPORTIONED =
  'Capacity of a service is apportioned over every place of its catchment × cohort × need category it serves, ' +
  'in proportion to need there (equally when its catchment has no need at its stage in the year).';

const RULES: Record<GapDomain, Record<GapLevel, string>> = {
  [GapDomain.SERVICES]: {
    [GapLevel.PLACE]:
      'need = JSNA people of the local authority × place share. provision = apportioned capacity of services at this stage, ' +
      `active in the financial year (dates overlap 1 April–31 March), serving this cohort and need category. ${APPORTIONED}`,
    [GapLevel.ICS]:
      "need and provision are the sums of the ICS's place findings (see places); coverage and severity come from the sums. " +
      `Place need = JSNA people × place share. ${APPORTIONED}`,
  },
  [GapDomain.HOUSING]: {
    [GapLevel.PLACE]:
      'need = JSNA people at HOUSING_AND_ACCOMMODATION summed over need categories × place share. provision = bed-spaces ' +
      "of the place's housing-plan lines plus its part of ICS-wide lines, apportioned to places in proportion to need " +
      'in the same cohort and year (equally when that need is 0).',
    [GapLevel.ICS]:
      "need and provision are the sums of the ICS's place findings (see places): JSNA housing need summed over need " +
      'categories × place share, against housing-plan bed-spaces (ICS-wide lines apportioned to places by need).',
  },
  [GapDomain.WORKFORCE]: {
    [GapLevel.ICS]: 'need = WTE required in the workforce plan; provision = WTE planned (WTE in post shown for reference).',
    [GapLevel.PLACE]: 'Workforce plans are ICS-wide.',
  },
  [GapDomain.FINANCE]: {
    [GapLevel.ICS]:
      'need = people needing support (JSNA, summed over need categories, × place share) × annual unit cost for the stage, ' +
      'cohort and year; provision = funding lines of the joint finance plan. Without a unit cost the need is null ' +
      '(missingUnitCost), so coverage and severity are null too.',
    [GapLevel.PLACE]: 'Finance plans are ICS-wide.',
  },
};

/** How a finding was derived, in words an analyst can check the figures against. */
export function gapRule(domain: GapDomain, level: GapLevel): string {
  return RULES[domain][level];
}
