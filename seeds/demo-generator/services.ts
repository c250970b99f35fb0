import {
  ADULT_COHORTS,
  FIRST_YEAR,
  LAST_YEAR,
  PATHWAY_STAGES,
  SERVICE_CALIBRATION_YEAR,
  type AccommodationType,
  type Basis,
  type Cohort,
  type NeedCategory,
  type PathwayStage,
} from './assumptions.js';
import { placesHomes2025 } from './housing.js';
import { PLACE_DISPLAY_NAMES, type IcsProfile } from './ics-profiles.js';
import type { CensusRow } from './inpatients.js';
import { placesNeed, type AgeLimits } from './model.js';
import { pick, uniform } from './random.js';
import type { Place } from './reference.js';

export type Commissioner = 'ICB' | 'LOCAL_AUTHORITY' | 'JOINT' | 'NHS_ENGLAND_SPECIALISED' | 'PROVIDER_COLLABORATIVE';

/** Service types (DOMAIN.md v2) with their default basis: assessments and checks are counted a year. */
export const SERVICE_TYPE_BASIS = {
  DIAGNOSTIC_ASSESSMENT: 'PER_YEAR',
  ANNUAL_HEALTH_CHECK: 'PER_YEAR',
  KEYWORKER: 'CASELOAD',
  INTENSIVE_SUPPORT: 'CASELOAD',
  CRISIS_BED: 'CASELOAD',
  COMMUNITY_TEAM: 'CASELOAD',
  DAY_OPPORTUNITIES: 'CASELOAD',
  EMPLOYMENT_SUPPORT: 'CASELOAD',
  SUPPORTED_LIVING_SUPPORT: 'CASELOAD',
  SHORT_BREAKS: 'CASELOAD',
  INPATIENT_BED: 'CASELOAD',
  DISCHARGE_SUPPORT: 'CASELOAD',
  OTHER: 'CASELOAD',
} as const satisfies Record<string, Basis>;
export type ServiceType = keyof typeof SERVICE_TYPE_BASIS;

export interface CommissionedService {
  serviceCode: string;
  name: string;
  icsCode: string;
  /** Empty: the catchment is the whole ICS. */
  laCode: string;
  commissioner: Commissioner;
  provider: string;
  serviceType: ServiceType;
  /** The basis its capacity is counted on (written only where it differs from the type's default). */
  basis: Basis;
  stage: PathwayStage;
  cohorts: Cohort[];
  categories: NeedCategory[];
  minAge?: number;
  maxAge?: number;
  capacityPeople: number;
  startDate: string;
  /** Empty: open-ended. */
  endDate: string;
}

const ALL_CATEGORIES: NeedCategory[] = ['LEARNING_DISABILITY', 'AUTISM', 'LEARNING_DISABILITY_AND_AUTISM'];
const WITH_LEARNING_DISABILITY: NeedCategory[] = ['LEARNING_DISABILITY', 'LEARNING_DISABILITY_AND_AUTISM'];
/** Children's services: 0–17. */
const CHILDREN: Cohort[] = ['EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', 'CHILDREN_14_17'];
const SCHOOL_AGE: Cohort[] = ['PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', 'CHILDREN_14_17'];
/** Adults' services: 18 and over. */
const ADULTS_18_PLUS: Cohort[] = [...ADULT_COHORTS];
const WORKING_AGE: Cohort[] = ['YOUNG_ADULTS_18_25', 'ADULTS'];
const CHILDREN_AGES: AgeLimits = { maxAge: 17 };
const ADULT_AGES: AgeLimits = { minAge: 18 };

/**
 * A service every ICS commissions. Capacity = coverage × shareOfNeed × the need it can serve (its
 * catchment's need in its cohorts and categories at its stage and basis, each cohort's need × the share
 * of the cohort's years inside its ages) in SERVICE_CALIBRATION_YEAR. The gap engine apportions capacity
 * in proportion to servable need, so each cell it serves gets coverage × shareOfNeed; shares are set so
 * each cell at each stage adds up to about 1 (a main service plus top-ups).
 */
interface ServiceTemplate {
  key: string;
  stage: PathwayStage;
  type: ServiceType;
  catchment: 'ICS' | 'PLACE';
  commissioner: Commissioner;
  name: (area: string) => string;
  provider: (ics: IcsProfile, laCode: string) => string;
  cohorts: Cohort[];
  categories: NeedCategory[];
  ages?: AgeLimits;
  shareOfNeed: number;
  /** Coverage commissioned, drawn per ICS (and place) in this range. */
  coverage: [number, number];
  /** Coverage taken from the ICS's profile instead of drawn. */
  coverageOf?: (ics: IcsProfile) => number;
  /** Housing-stage support: sized on the homes of these types in the housing plan (housing.ts), not on a share. */
  homes?: AccommodationType[];
  /** Inpatient beds: sized on the census at 31 March 2025 for these commissioners and groups. */
  beds?: { commissioners: CensusRow['commissioner'][]; group: CensusRow['populationGroup'] };
}

const SERVICE_TEMPLATES: ServiceTemplate[] = [
  // Prevention and early intervention: checks and assessments a year, early support at one time
  {
    key: 'ANNUAL_HEALTH_CHECKS', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'ANNUAL_HEALTH_CHECK', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Learning Disability Annual Health Checks (14 and over)`,
    provider: (ics) => `${ics.shortName} GP practices (primary care networks)`,
    cohorts: ['CHILDREN_14_17', ...ADULTS_18_PLUS], categories: WITH_LEARNING_DISABILITY, ages: { minAge: 14 },
    // uptake was 79.6% in 2023-24 (FIGURES.md): checks a year match the ICS's reported uptake in mid-2025
    shareOfNeed: 1, coverage: [0.72, 0.9],
    coverageOf: (ics) => (ics.metrics.annualHealthCheckPercent + 8 * ics.metrics.annualHealthCheckQuarterlyChange) / 100,
  },
  {
    key: 'ADULT_AUTISM_DIAGNOSIS', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'DIAGNOSTIC_ASSESSMENT', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Adult Autism Diagnostic Service`,
    provider: (ics) => ics.providers.ldaTrust,
    cohorts: ADULTS_18_PLUS, categories: ['AUTISM'], ages: ADULT_AGES, shareOfNeed: 1, coverage: [0.7, 0.98],
  },
  {
    key: 'CHILDREN_AUTISM_DIAGNOSIS', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'DIAGNOSTIC_ASSESSMENT', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Autism Diagnostic Pathway (children and young people)`,
    provider: (ics) => ics.providers.childrens,
    cohorts: CHILDREN, categories: ['AUTISM'], ages: CHILDREN_AGES, shareOfNeed: 1, coverage: [0.7, 0.98],
  },
  {
    key: 'AUTISM_HUB', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'OTHER', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Autism Advice and Peer Support Hub`,
    provider: (ics) => ics.providers.autismCharity,
    cohorts: ADULTS_18_PLUS, categories: ['AUTISM'], ages: ADULT_AGES, shareOfNeed: 1, coverage: [0.8, 1.1],
  },
  {
    key: 'EARLY_SUPPORT', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'OTHER', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Early Support, Portage and SEND Outreach`,
    provider: (ics) => councilsLabel(ics),
    cohorts: CHILDREN, categories: ALL_CATEGORIES, ages: CHILDREN_AGES, shareOfNeed: 1, coverage: [0.8, 1.05],
  },
  // Community support
  {
    key: 'COMMUNITY_TEAM', stage: 'COMMUNITY_SUPPORT', type: 'COMMUNITY_TEAM', catchment: 'PLACE', commissioner: 'JOINT',
    name: (area) => `${area} Community Learning Disability Team (adults)`,
    provider: (ics, laCode) => ics.communityTeamProviders?.[laCode] ?? ics.providers.ldaTrust,
    cohorts: ADULTS_18_PLUS, categories: WITH_LEARNING_DISABILITY, ages: ADULT_AGES, shareOfNeed: 0.85, coverage: [0.8, 1.02],
  },
  {
    key: 'CHILDREN_COMMUNITY', stage: 'COMMUNITY_SUPPORT', type: 'COMMUNITY_TEAM', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Children's Learning Disability and Autism Community Service`,
    provider: (ics) => ics.providers.childrens,
    cohorts: CHILDREN, categories: ALL_CATEGORIES, ages: CHILDREN_AGES, shareOfNeed: 0.9, coverage: [0.78, 1.05],
  },
  {
    key: 'AUTISM_COMMUNITY', stage: 'COMMUNITY_SUPPORT', type: 'COMMUNITY_TEAM', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Autistic Adults Community Support Service`,
    provider: (ics) => ics.providers.autismCharity,
    cohorts: ADULTS_18_PLUS, categories: ['AUTISM'], ages: ADULT_AGES, shareOfNeed: 0.9, coverage: [0.78, 1.08],
  },
  {
    key: 'DAY_OPPORTUNITIES', stage: 'COMMUNITY_SUPPORT', type: 'DAY_OPPORTUNITIES', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Day Opportunities`,
    provider: (ics) => ics.providers.dayOpportunities,
    cohorts: WORKING_AGE, categories: WITH_LEARNING_DISABILITY, ages: { minAge: 18, maxAge: 64 }, shareOfNeed: 0.08, coverage: [0.8, 1.1],
  },
  {
    key: 'EMPLOYMENT_SUPPORT', stage: 'COMMUNITY_SUPPORT', type: 'EMPLOYMENT_SUPPORT', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Supported Employment`,
    provider: (ics) => ics.providers.dayOpportunities,
    cohorts: WORKING_AGE, categories: ALL_CATEGORIES, ages: { minAge: 18, maxAge: 64 }, shareOfNeed: 0.04, coverage: [0.8, 1.1],
  },
  {
    key: 'PERSONAL_BUDGETS', stage: 'COMMUNITY_SUPPORT', type: 'OTHER', catchment: 'ICS', commissioner: 'JOINT',
    name: (area) => `${area} Personal Health Budgets and Direct Payments Support`,
    provider: () => 'Penderels Trust',
    cohorts: ADULTS_18_PLUS, categories: ALL_CATEGORIES, ages: ADULT_AGES, shareOfNeed: 0.05, coverage: [0.8, 1.1],
  },
  {
    key: 'SHORT_BREAKS', stage: 'COMMUNITY_SUPPORT', type: 'SHORT_BREAKS', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Short Breaks for Disabled Children`,
    provider: () => 'Action for Children',
    cohorts: SCHOOL_AGE, categories: ALL_CATEGORIES, ages: { minAge: 5, maxAge: 17 }, shareOfNeed: 0.1, coverage: [0.8, 1.1],
  },
  // Housing and accommodation: the support in the homes of the housing plan
  {
    key: 'SUPPORTED_LIVING', stage: 'HOUSING_AND_ACCOMMODATION', type: 'SUPPORTED_LIVING_SUPPORT', catchment: 'PLACE', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Supported Living Framework`,
    provider: (ics) => ics.providers.supportedLiving,
    cohorts: ADULTS_18_PLUS, categories: ALL_CATEGORIES, ages: ADULT_AGES, shareOfNeed: 1, coverage: [1, 1], homes: ['SUPPORTED_LIVING'],
  },
  {
    key: 'SHARED_LIVES', stage: 'HOUSING_AND_ACCOMMODATION', type: 'OTHER', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Shared Lives Scheme`,
    provider: (ics) => ics.providers.sharedLives,
    cohorts: ADULTS_18_PLUS, categories: ALL_CATEGORIES, ages: ADULT_AGES, shareOfNeed: 1, coverage: [1, 1], homes: ['SHARED_LIVES'],
  },
  {
    key: 'RESIDENTIAL_CARE', stage: 'HOUSING_AND_ACCOMMODATION', type: 'OTHER', catchment: 'ICS', commissioner: 'JOINT',
    name: (area) => `${area} Residential, Specialist and Forensic Placements (learning disability and autism)`,
    provider: () => 'Independent sector care homes and specialist providers (spot and block contracts)',
    cohorts: ADULTS_18_PLUS, categories: ALL_CATEGORIES, ages: ADULT_AGES, shareOfNeed: 1, coverage: [1, 1],
    homes: ['RESIDENTIAL_CARE', 'SPECIALIST_HOUSING', 'FORENSIC_HOUSING'],
  },
  // Crisis and intensive support: caseloads in tens per ICS, a handful of community beds
  {
    key: 'INTENSIVE_SUPPORT', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', type: 'INTENSIVE_SUPPORT', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Intensive Support Team (adults)`,
    provider: (ics) => ics.providers.ldaTrust,
    cohorts: ADULTS_18_PLUS, categories: ALL_CATEGORIES, ages: ADULT_AGES, shareOfNeed: 0.8, coverage: [0.8, 1.05],
  },
  {
    key: 'CHILDREN_INTENSIVE_SUPPORT', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', type: 'INTENSIVE_SUPPORT', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Children and Young People's Intensive Support Team`,
    provider: (ics) => ics.providers.childrens,
    cohorts: SCHOOL_AGE, categories: ALL_CATEGORIES, ages: CHILDREN_AGES, shareOfNeed: 0.6, coverage: [0.78, 1.05],
  },
  {
    key: 'KEYWORKERS', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', type: 'KEYWORKER', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Keyworker Service for Children and Young People (0 to 25)`,
    provider: (ics) => ics.providers.childrens,
    cohorts: [...SCHOOL_AGE, 'YOUNG_ADULTS_18_25'], categories: ALL_CATEGORIES, ages: { maxAge: 25 }, shareOfNeed: 0.4, coverage: [0.8, 1.05],
  },
  {
    key: 'CRISIS_BEDS', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', type: 'CRISIS_BED', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Crisis and Admission Avoidance Beds`,
    provider: (ics) => ics.providers.crisisBeds,
    cohorts: WORKING_AGE, categories: ALL_CATEGORIES, ages: { minAge: 18, maxAge: 64 }, shareOfNeed: 0.06, coverage: [0.8, 1.1],
  },
  // Specialist inpatient (a REDUCE stage): beds in use, sized on the census
  {
    key: 'ADULT_INPATIENT', stage: 'SPECIALIST_INPATIENT', type: 'INPATIENT_BED', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Learning Disability and Autism Assessment and Treatment Beds (adults)`,
    provider: (ics) => ics.providers.adultInpatient,
    cohorts: ADULTS_18_PLUS, categories: ALL_CATEGORIES, ages: ADULT_AGES, shareOfNeed: 1, coverage: [0.95, 1.15],
    beds: { commissioners: ['ICB'], group: 'AGE_18_PLUS' },
  },
  {
    key: 'ADULT_SECURE', stage: 'SPECIALIST_INPATIENT', type: 'INPATIENT_BED', catchment: 'ICS', commissioner: 'PROVIDER_COLLABORATIVE',
    name: (area) => `${area} residents' Medium and Low Secure Beds (adult secure provider collaborative)`,
    provider: (ics) => ics.providers.secureCollaborative,
    cohorts: ADULTS_18_PLUS, categories: ALL_CATEGORIES, ages: ADULT_AGES, shareOfNeed: 1, coverage: [0.95, 1.15],
    beds: { commissioners: ['PROVIDER_COLLABORATIVE'], group: 'AGE_18_PLUS' },
  },
  {
    key: 'HIGH_SECURE', stage: 'SPECIALIST_INPATIENT', type: 'INPATIENT_BED', catchment: 'ICS', commissioner: 'NHS_ENGLAND_SPECIALISED',
    name: (area) => `${area} residents' High Secure Learning Disability Beds (Rampton Hospital)`,
    provider: () => 'Nottinghamshire Healthcare NHS Foundation Trust',
    cohorts: ADULTS_18_PLUS, categories: ALL_CATEGORIES, ages: ADULT_AGES, shareOfNeed: 1, coverage: [1, 1],
    beds: { commissioners: ['NHS_ENGLAND_SPECIALISED'], group: 'AGE_18_PLUS' },
  },
  {
    key: 'CAMHS_TIER_4', stage: 'SPECIALIST_INPATIENT', type: 'INPATIENT_BED', catchment: 'ICS', commissioner: 'PROVIDER_COLLABORATIVE',
    name: (area) => `${area} residents' CAMHS Tier 4 Beds (12 to 17)`,
    provider: (ics) => ics.providers.youngPeopleInpatient,
    cohorts: ['SECONDARY_SCHOOL', 'CHILDREN_14_17'], categories: ALL_CATEGORIES, ages: { minAge: 12, maxAge: 17 }, shareOfNeed: 1, coverage: [0.95, 1.2],
    beds: { commissioners: ['ICB', 'PROVIDER_COLLABORATIVE', 'NHS_ENGLAND_SPECIALISED'], group: 'UNDER_18' },
  },
  // Discharge and step-down
  {
    key: 'DISCHARGE_PACKAGES', stage: 'DISCHARGE_AND_STEP_DOWN', type: 'DISCHARGE_SUPPORT', catchment: 'ICS', commissioner: 'JOINT',
    name: (area) => `${area} Discharge and Step-Down Packages (adults)`,
    provider: () => 'Independent and voluntary sector support providers',
    cohorts: ADULTS_18_PLUS, categories: ALL_CATEGORIES, ages: ADULT_AGES, shareOfNeed: 1, coverage: [0.8, 1.05],
  },
  {
    key: 'CHILDREN_STEP_DOWN', stage: 'DISCHARGE_AND_STEP_DOWN', type: 'DISCHARGE_SUPPORT', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Children's Step-Down and Return Home Support`,
    provider: (ics) => ics.providers.childrens,
    cohorts: SCHOOL_AGE, categories: ALL_CATEGORIES, ages: CHILDREN_AGES, shareOfNeed: 1, coverage: [0.8, 1.05],
  },
];

interface TemplateAdjustment {
  omit?: true;
  name?: string;
  cohorts?: Cohort[];
  categories?: NeedCategory[];
  ages?: AgeLimits;
  shareOfNeed?: number;
  /** A fixed coverage instead of the drawn one. */
  coverage?: number;
}

/**
 * Where an ICS departs from the standard set: local names, and the deliberate pathway breaks and
 * shortfalls that give the gap reports something to find (listed in seeds/demo/README.md).
 */
const ICS_ADJUSTMENTS: Record<string, Record<string, TemplateAdjustment>> = {
  QWU: {
    // the plan's all-age intensive support team replaces separate adults' and children's teams
    INTENSIVE_SUPPORT: {
      name: 'Coventry and Warwickshire All-Age Learning Disability and Autism Intensive Support Team',
      cohorts: [...SCHOOL_AGE, ...ADULTS_18_PLUS], ages: {}, shareOfNeed: 0.75,
    },
    CHILDREN_INTENSIVE_SUPPORT: { omit: true },
    // lean core early support, topped up by the Early Support Pilot until it ends on 2026-09-30
    EARLY_SUPPORT: { coverage: 0.72 },
  },
  // the waiting-list initiative ends 2025-03-31, leaving adult diagnosis short from 2025/26
  QHL: { ADULT_AUTISM_DIAGNOSIS: { coverage: 0.6 } },
  QUA: {
    // BREAK: no community support for autistic adults without a learning disability
    AUTISM_COMMUNITY: { omit: true },
    PERSONAL_BUDGETS: { categories: WITH_LEARNING_DISABILITY },
    EMPLOYMENT_SUPPORT: { categories: WITH_LEARNING_DISABILITY },
    // non-recurrent discharge money ends 2025-03-31
    DISCHARGE_PACKAGES: { coverage: 0.62 },
  },
  QMJ: {
    // BREAK: no intensive support or keyworkers under 14
    CHILDREN_INTENSIVE_SUPPORT: { omit: true },
    KEYWORKERS: { name: 'North Central London Keyworker Service (14 to 25)', cohorts: ['CHILDREN_14_17', 'YOUNG_ADULTS_18_25'], ages: { minAge: 14, maxAge: 25 } },
  },
  // additional assessment capacity until 2026-09-30, then the core service alone falls behind
  QXU: { ADULT_AUTISM_DIAGNOSIS: { coverage: 0.75 } },
  QOQ: {
    // BREAK: discharge packages start at 26; nothing for young adults leaving hospital
    DISCHARGE_PACKAGES: {
      name: 'Humber and North Yorkshire Discharge and Step-Down Packages (adults 26 and over)',
      cohorts: ['ADULTS', 'OLDER_ADULTS'], ages: { minAge: 26 },
    },
  },
};

/** Services one ICS commissions beyond the standard set: pilots ending, planned growth, local initiatives. */
interface LocalService {
  icsCode: string;
  laCode?: string;
  name: string;
  stage: PathwayStage;
  type: ServiceType;
  /** Only where the capacity is counted on another basis than the type's default. */
  capacityBasis?: Basis;
  commissioner: Commissioner;
  provider: string;
  cohorts: Cohort[];
  categories: NeedCategory[];
  ages?: AgeLimits;
  /** Sized as this share of the need it serves, in the year it is calibrated on. */
  shareOfNeed: number;
  startDate: string;
  endDate?: string;
}

const LOCAL_SERVICES: LocalService[] = [
  {
    icsCode: 'QWU', name: 'Coventry and Warwickshire Early Support Pilot', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'OTHER', commissioner: 'ICB',
    provider: 'Coventry and Warwickshire Partnership NHS Trust', cohorts: CHILDREN, categories: ALL_CATEGORIES, ages: CHILDREN_AGES,
    shareOfNeed: 0.25, startDate: '2023-04-01', endDate: '2026-09-30',
  },
  {
    icsCode: 'QWU', name: 'Coventry and Warwickshire Community Bed-Based Offer for Autistic People (16 and over)', stage: 'CRISIS_AND_INTENSIVE_SUPPORT',
    type: 'CRISIS_BED', commissioner: 'ICB', provider: 'Coventry and Warwickshire Partnership NHS Trust',
    cohorts: ['CHILDREN_14_17', 'YOUNG_ADULTS_18_25', 'ADULTS'], categories: ['AUTISM'], ages: { minAge: 16, maxAge: 64 },
    shareOfNeed: 0.06, startDate: '2026-04-01',
  },
  {
    icsCode: 'QWU', name: 'Coventry and Warwickshire Community Forensic Learning Disability and Autism Service (16 and over)', stage: 'COMMUNITY_SUPPORT',
    type: 'COMMUNITY_TEAM', commissioner: 'ICB', provider: 'Coventry and Warwickshire Partnership NHS Trust',
    cohorts: ['CHILDREN_14_17', 'YOUNG_ADULTS_18_25', 'ADULTS'], categories: ALL_CATEGORIES, ages: { minAge: 16, maxAge: 64 },
    shareOfNeed: 0.02, startDate: '2020-04-01', endDate: '2026-03-31',
  },
  {
    icsCode: 'QHL', laCode: 'E08000025', name: 'Birmingham Adult Autism Assessment Waiting List Initiative', stage: 'PREVENTION_EARLY_INTERVENTION',
    type: 'DIAGNOSTIC_ASSESSMENT', commissioner: 'ICB', provider: 'Independent sector autism assessment providers',
    cohorts: ['YOUNG_ADULTS_18_25', 'ADULTS'], categories: ['AUTISM'], ages: { minAge: 18, maxAge: 64 },
    shareOfNeed: 0.35, startDate: '2023-07-01', endDate: '2025-03-31',
  },
  {
    icsCode: 'QHL', name: 'Birmingham and Solihull Autism Crisis House', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', type: 'CRISIS_BED', commissioner: 'JOINT',
    provider: 'Autism West Midlands', cohorts: ['YOUNG_ADULTS_18_25', 'ADULTS'], categories: ['AUTISM', 'LEARNING_DISABILITY_AND_AUTISM'],
    ages: { minAge: 18, maxAge: 64 }, shareOfNeed: 0.04, startDate: '2027-04-01',
  },
  {
    icsCode: 'QUA', name: 'Black Country Transforming Care Discharge Support (non-recurrent)', stage: 'DISCHARGE_AND_STEP_DOWN', type: 'DISCHARGE_SUPPORT',
    commissioner: 'ICB', provider: 'Black Country Healthcare NHS Foundation Trust', cohorts: ['YOUNG_ADULTS_18_25', 'ADULTS'], categories: ALL_CATEGORIES,
    ages: { minAge: 18, maxAge: 64 }, shareOfNeed: 0.3, startDate: '2022-04-01', endDate: '2025-03-31',
  },
  {
    icsCode: 'QOP', name: 'Greater Manchester Autism Specialist Support Team (16 and over)', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', type: 'INTENSIVE_SUPPORT',
    commissioner: 'ICB', provider: 'Greater Manchester Mental Health NHS Foundation Trust', cohorts: ['CHILDREN_14_17', ...ADULTS_18_PLUS], categories: ['AUTISM'],
    ages: { minAge: 16 }, shareOfNeed: 0.2, startDate: '2026-04-01',
  },
  {
    icsCode: 'QMJ', name: 'North Central London Preparing for Adulthood Transition Service (14 to 25)', stage: 'COMMUNITY_SUPPORT', type: 'COMMUNITY_TEAM',
    commissioner: 'JOINT', provider: 'North London NHS Foundation Trust', cohorts: ['CHILDREN_14_17', 'YOUNG_ADULTS_18_25'], categories: ALL_CATEGORIES,
    ages: { minAge: 14, maxAge: 25 }, shareOfNeed: 0.15, startDate: '2025-04-01',
  },
  {
    icsCode: 'QJK', name: 'Devon Positive Behaviour Support Service', stage: 'COMMUNITY_SUPPORT', type: 'OTHER', commissioner: 'JOINT',
    provider: 'Devon Partnership NHS Trust', cohorts: [...SCHOOL_AGE, ...WORKING_AGE], categories: WITH_LEARNING_DISABILITY, ages: { minAge: 5, maxAge: 64 },
    shareOfNeed: 0.08, startDate: '2027-04-01',
  },
  {
    // a community team whose capacity is counted in health checks a year (not its type's default caseload)
    icsCode: 'QJK', name: 'Devon Annual Health Check Support (community learning disability nurses)', stage: 'PREVENTION_EARLY_INTERVENTION',
    type: 'COMMUNITY_TEAM', capacityBasis: 'PER_YEAR', commissioner: 'ICB', provider: 'Devon Partnership NHS Trust',
    cohorts: ['CHILDREN_14_17', ...ADULTS_18_PLUS], categories: WITH_LEARNING_DISABILITY, ages: { minAge: 14 },
    shareOfNeed: 0.06, startDate: '2024-04-01',
  },
  {
    icsCode: 'QRL', laCode: 'E06000045', name: 'Southampton Autism Hub', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'OTHER', commissioner: 'LOCAL_AUTHORITY',
    provider: 'Autism Hampshire', cohorts: ['YOUNG_ADULTS_18_25', 'ADULTS'], categories: ['AUTISM'], ages: { minAge: 18, maxAge: 64 },
    shareOfNeed: 0.15, startDate: '2022-04-01', endDate: '2026-09-30',
  },
  {
    icsCode: 'QNQ', name: 'Frimley Learning Disability Liaison Nurses (acute hospitals)', stage: 'COMMUNITY_SUPPORT', type: 'OTHER', commissioner: 'ICB',
    provider: 'Frimley Health NHS Foundation Trust', cohorts: ADULTS_18_PLUS, categories: WITH_LEARNING_DISABILITY, ages: ADULT_AGES,
    shareOfNeed: 0.03, startDate: '2021-04-01',
  },
  {
    icsCode: 'QXU', name: 'Surrey Adult Autism Assessment Additional Capacity', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'DIAGNOSTIC_ASSESSMENT',
    commissioner: 'ICB', provider: 'Independent sector autism assessment providers', cohorts: ['YOUNG_ADULTS_18_25', 'ADULTS'], categories: ['AUTISM'],
    ages: { minAge: 18, maxAge: 64 }, shareOfNeed: 0.25, startDate: '2024-04-01', endDate: '2026-09-30',
  },
  {
    icsCode: 'QOQ', name: 'Humber and North Yorkshire Community Step-Down Service', stage: 'DISCHARGE_AND_STEP_DOWN', type: 'DISCHARGE_SUPPORT',
    commissioner: 'ICB', provider: 'Humber Teaching NHS Foundation Trust', cohorts: ['ADULTS', 'OLDER_ADULTS'], categories: ALL_CATEGORIES,
    ages: { minAge: 26 }, shareOfNeed: 0.2, startDate: '2026-04-01',
  },
];

/** Start dates of long-running services, before the first plan year. */
const ESTABLISHED_START_DATES = ['2017-04-01', '2018-10-01', '2019-04-01', '2020-04-01', '2021-04-01', '2022-04-01', '2023-04-01'];
/** Inpatient beds are sized on the census at this date (the end of 2024/25). */
const BED_CENSUS_DATE = '2025-03-31';

/** The NHS financial year a date falls in (1 April to 31 March, named by its starting year). */
function financialYearOf(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

function councilsLabel(ics: IcsProfile): string {
  const councils = Object.values(ics.councils);
  if (councils.length === 1) return councils[0];
  if (councils.length === 2) return `${councils[0]} and ${councils[1]}`;
  return `${ics.shortName} councils (${councils.length} local authorities)`;
}

function areaName(ics: IcsProfile, place: Place | undefined): string {
  if (!place) return ics.shortName;
  return PLACE_DISPLAY_NAMES[`${ics.odsCode}|${place.laCode}`] ?? place.laName;
}

function capacityFor(need: number, coverage: number, shareOfNeed: number): number {
  // a commissioned service always has some capacity, however small its catchment's need
  return Math.max(1, Math.round(need * coverage * shareOfNeed));
}

type Unnumbered = Omit<CommissionedService, 'serviceCode'>;

function standardServices(ics: IcsProfile, icsPlaces: Place[], census: readonly CensusRow[]): Unnumbered[] {
  const adjustments = ICS_ADJUSTMENTS[ics.odsCode] ?? {};
  const services: Unnumbered[] = [];
  for (const template of SERVICE_TEMPLATES) {
    const adjustment = adjustments[template.key] ?? {};
    if (adjustment.omit) continue;
    const perPlace = template.catchment === 'PLACE' && (template.key !== 'COMMUNITY_TEAM' || ics.communityTeamsPerPlace);
    const catchments: (Place | undefined)[] = perPlace ? icsPlaces : [undefined];
    for (const place of catchments) {
      const key = `${ics.odsCode}|${template.key}|${place?.laCode ?? 'ICS'}`;
      const cohorts = adjustment.cohorts ?? template.cohorts;
      const categories = adjustment.categories ?? template.categories;
      const ages = adjustment.ages ?? template.ages ?? {};
      const coverage = adjustment.coverage ?? template.coverageOf?.(ics) ?? uniform(`${key}|coverage`, ...template.coverage);
      const basis = SERVICE_TYPE_BASIS[template.type];
      let capacity: number;
      if (template.homes) {
        capacity = Math.max(1, Math.round(placesHomes2025(place ? [place] : icsPlaces, template.homes)));
      } else if (template.beds) {
        const { commissioners, group } = template.beds;
        const inUse = census
          .filter((row) => row.periodEnd === BED_CENSUS_DATE && row.populationGroup === group && commissioners.includes(row.commissioner))
          .reduce((total, row) => total + row.inpatients, 0);
        capacity = Math.max(1, Math.round(inUse * coverage));
      } else {
        const need = placesNeed(place ? [place] : icsPlaces, cohorts, categories, template.stage, SERVICE_CALIBRATION_YEAR, basis, ages);
        capacity = capacityFor(need, coverage, adjustment.shareOfNeed ?? template.shareOfNeed);
      }
      const localityTeams = template.key === 'COMMUNITY_TEAM' && !perPlace;
      services.push({
        name: adjustment.name ?? (localityTeams ? `${ics.shortName} Community Learning Disability Teams (adults, locality-based)` : template.name(areaName(ics, place))),
        icsCode: ics.odsCode,
        laCode: place?.laCode ?? '',
        commissioner: template.commissioner,
        provider: template.provider(ics, place?.laCode ?? ''),
        serviceType: template.type,
        basis,
        stage: template.stage,
        cohorts,
        categories,
        ...ages,
        capacityPeople: capacity,
        startDate: pick(`${key}|start`, ESTABLISHED_START_DATES),
        endDate: '',
      });
    }
  }
  return services;
}

function localServices(ics: IcsProfile, icsPlaces: Place[]): Unnumbered[] {
  return LOCAL_SERVICES.filter((service) => service.icsCode === ics.odsCode).map((service) => {
    const catchment = service.laCode ? icsPlaces.filter((place) => place.laCode === service.laCode) : icsPlaces;
    if (catchment.length === 0) throw new Error(`${service.name}: ${service.laCode} is not a place of ${ics.odsCode}`);
    // sized on the plan year if running then, otherwise on its first (or last) year
    const firstYear = Math.max(FIRST_YEAR, financialYearOf(service.startDate));
    const lastYear = service.endDate ? financialYearOf(service.endDate) : LAST_YEAR;
    const calibrationYear = Math.min(Math.max(SERVICE_CALIBRATION_YEAR, firstYear), lastYear);
    const basis = service.capacityBasis ?? SERVICE_TYPE_BASIS[service.type];
    const ages = service.ages ?? {};
    const need = placesNeed(catchment, service.cohorts, service.categories, service.stage, calibrationYear, basis, ages);
    return {
      name: service.name,
      icsCode: ics.odsCode,
      laCode: service.laCode ?? '',
      commissioner: service.commissioner,
      provider: service.provider,
      serviceType: service.type,
      basis,
      stage: service.stage,
      cohorts: service.cohorts,
      categories: service.categories,
      ...ages,
      capacityPeople: capacityFor(need, 1, service.shareOfNeed),
      startDate: service.startDate,
      endDate: service.endDate ?? '',
    };
  });
}

/** All services of the ICSs, numbered per ICS in pathway order (e.g. QWU-SVC-001). */
export function commissionedServices(profiles: IcsProfile[], places: Place[], census: readonly CensusRow[]): CommissionedService[] {
  return profiles.flatMap((ics) => {
    const icsPlaces = places.filter((place) => place.icsCode === ics.odsCode);
    const icsCensus = census.filter((row) => row.icsCode === ics.odsCode);
    const services = [...standardServices(ics, icsPlaces, icsCensus), ...localServices(ics, icsPlaces)];
    services.sort(
      (left, right) =>
        PATHWAY_STAGES.indexOf(left.stage) - PATHWAY_STAGES.indexOf(right.stage) ||
        (left.name < right.name ? -1 : left.name > right.name ? 1 : 0),
    );
    return services.map((service, index) => ({ ...service, serviceCode: `${ics.odsCode}-SVC-${String(index + 1).padStart(3, '0')}` }));
  });
}
