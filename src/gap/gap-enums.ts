import { registerEnumType } from 'type-graphql';

/** What a finding compares: see DOMAIN.md, "Gap domains". */
export enum GapDomain {
  SERVICES = 'SERVICES',
  HOUSING = 'HOUSING',
  WORKFORCE = 'WORKFORCE',
  FINANCE = 'FINANCE',
}

export enum GapLevel {
  ICS = 'ICS',
  PLACE = 'PLACE',
}

/** In rising order of concern; the position is the rank used for ordering and `minSeverity`. */
export enum GapSeverity {
  NONE = 'NONE',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

export enum GapUnit {
  PEOPLE = 'PEOPLE',
  BED_SPACES = 'BED_SPACES',
  WTE = 'WTE',
  GBP = 'GBP',
}

export enum GapOrder {
  SEVERITY = 'SEVERITY',
  GAP = 'GAP',
  COVERAGE = 'COVERAGE',
  NEED = 'NEED',
  PATHWAY = 'PATHWAY',
}

registerEnumType(GapDomain, {
  name: 'GapDomain',
  description: 'What is compared with need: commissioned services, housing, workforce or finance.',
  valuesConfig: {
    SERVICES: { description: 'JSNA people needing support at a stage vs capacity (people) of commissioned services active in the year.' },
    HOUSING: { description: 'JSNA people needing accommodation with support (summed over need categories) vs housing-plan bed-spaces.' },
    WORKFORCE: { description: 'Workforce plan: WTE required vs WTE planned, by stage and role (ICS level only).' },
    FINANCE: { description: 'People needing support × annual unit cost vs joint finance plan funding, in GBP (ICS level only).' },
  },
});

registerEnumType(GapLevel, {
  name: 'GapLevel',
  description: 'The scope of a finding: a whole ICS, or one place (the part of a local authority in an ICS).',
});

registerEnumType(GapSeverity, {
  name: 'GapSeverity',
  description:
    'How far provision falls short of need. Defaults (configurable): NONE when coverage ≥ 1 or need is 0; LOW when 0.9 ≤ coverage < 1; ' +
    'MEDIUM when 0.75 ≤ coverage < 0.9; HIGH when coverage < 0.75 and provision > 0; CRITICAL when need > 0 and provision = 0.',
  valuesConfig: {
    NONE: { description: 'Need met (coverage ≥ 1), or no need.' },
    LOW: { description: 'Coverage at least the LOW threshold (default 0.9) but below 1.' },
    MEDIUM: { description: 'Coverage at least the MEDIUM threshold (default 0.75) but below the LOW threshold.' },
    HIGH: { description: 'Coverage below the MEDIUM threshold, with some provision.' },
    CRITICAL: { description: 'Need but no provision at all: a break in the pathway.' },
  },
});

registerEnumType(GapUnit, {
  name: 'GapUnit',
  description: 'Unit of need, provision and gap: people, bed-spaces, whole-time equivalents or pounds.',
});

registerEnumType(GapOrder, {
  name: 'GapOrder',
  description: 'Orders of gap findings. Ties are broken by domain, ICS, place, year, stage, cohort, category and role.',
  valuesConfig: {
    SEVERITY: { description: 'Worst severity first, then largest gap first (the default).' },
    GAP: { description: 'Largest gap (shortfall) first.' },
    COVERAGE: { description: 'Lowest coverage first; findings without coverage (no need) last.' },
    NEED: { description: 'Largest need first.' },
    PATHWAY: { description: 'Reading order: ICS, place, year, pathway stage, cohort, need category, role.' },
  },
});
