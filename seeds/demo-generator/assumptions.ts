/**
 * Every modelling assumption behind the demo dataset, in one place. seeds/demo/README.md explains
 * where each comes from (shared/reference/FIGURES.md, or an approximation stated as such).
 */

export const COHORTS = [
  'EARLY_YEARS',
  'PRIMARY_SCHOOL',
  'SECONDARY_SCHOOL',
  'PREPARING_FOR_ADULTHOOD',
  'ADULTS',
  'OLDER_ADULTS',
] as const;
export type Cohort = (typeof COHORTS)[number];

export const NEED_CATEGORIES = ['LEARNING_DISABILITY', 'AUTISM', 'LEARNING_DISABILITY_AND_AUTISM'] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

export const PATHWAY_STAGES = [
  'PREVENTION_EARLY_INTERVENTION',
  'COMMUNITY_SUPPORT',
  'HOUSING_AND_ACCOMMODATION',
  'CRISIS_AND_INTENSIVE_SUPPORT',
  'SPECIALIST_INPATIENT',
  'DISCHARGE_AND_STEP_DOWN',
] as const;
export type PathwayStage = (typeof PATHWAY_STAGES)[number];

/** NHS financial years by starting calendar year (2025 = 2025/26). */
export const FIRST_YEAR = 2024;
export const LAST_YEAR = 2030;
export const YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index);
/** JSNA figures up to this year are assessed; later years are projections. */
export const LAST_ASSESSED_YEAR = 2025;
/** The year services are sized against (the current plan year), so later coverage drifts with need. */
export const SERVICE_CALIBRATION_YEAR = 2025;

// ---------------------------------------------------------------------------------------------
// Population
// ---------------------------------------------------------------------------------------------

/** Percent of residents in each life-stage cohort (each band's single years of age added up). */
type AgeProfile = Record<Cohort, number>;

export const AGE_PROFILES = {
  /** England overall, close to the ONS mid-2022 estimates. */
  ENGLAND_AVERAGE: { EARLY_YEARS: 5.6, PRIMARY_SCHOOL: 7.2, SECONDARY_SCHOOL: 3.7, PREPARING_FOR_ADULTHOOD: 14.3, ADULTS: 50.6, OLDER_ADULTS: 18.6 },
  /** Big cities and university towns: more children and young adults, fewer over-65s. */
  YOUNG_URBAN: { EARLY_YEARS: 6.6, PRIMARY_SCHOOL: 8.2, SECONDARY_SCHOOL: 4.1, PREPARING_FOR_ADULTHOOD: 17.6, ADULTS: 50.4, OLDER_ADULTS: 13.1 },
  /** Inner London: working-age heavy, few children and older people. */
  INNER_LONDON: { EARLY_YEARS: 4.8, PRIMARY_SCHOOL: 5.9, SECONDARY_SCHOOL: 3.0, PREPARING_FOR_ADULTHOOD: 16.0, ADULTS: 59.3, OLDER_ADULTS: 11.0 },
  /** Rural and coastal counties: a quarter of residents over 65. */
  OLDER_RURAL_COASTAL: { EARLY_YEARS: 4.4, PRIMARY_SCHOOL: 6.2, SECONDARY_SCHOOL: 3.3, PREPARING_FOR_ADULTHOOD: 12.2, ADULTS: 47.4, OLDER_ADULTS: 26.5 },
} satisfies Record<string, AgeProfile>;
export type AgeProfileName = keyof typeof AGE_PROFILES;

/**
 * Approximate total resident population in 2024/25 (rounded, from general knowledge of the ONS
 * mid-year estimates; not an official figure) and the age profile each authority is closest to.
 */
export const LOCAL_AUTHORITY_DEMOGRAPHY: Record<string, { name: string; residents: number; profile: AgeProfileName }> = {
  E08000026: { name: 'Coventry', residents: 360_000, profile: 'YOUNG_URBAN' },
  E10000031: { name: 'Warwickshire', residents: 610_000, profile: 'ENGLAND_AVERAGE' },
  E08000025: { name: 'Birmingham', residents: 1_160_000, profile: 'YOUNG_URBAN' },
  E08000029: { name: 'Solihull', residents: 219_000, profile: 'ENGLAND_AVERAGE' },
  E08000027: { name: 'Dudley', residents: 326_000, profile: 'ENGLAND_AVERAGE' },
  E08000028: { name: 'Sandwell', residents: 348_000, profile: 'YOUNG_URBAN' },
  E08000030: { name: 'Walsall', residents: 289_000, profile: 'ENGLAND_AVERAGE' },
  E08000031: { name: 'Wolverhampton', residents: 267_000, profile: 'YOUNG_URBAN' },
  E08000001: { name: 'Bolton', residents: 300_000, profile: 'ENGLAND_AVERAGE' },
  E08000002: { name: 'Bury', residents: 195_000, profile: 'ENGLAND_AVERAGE' },
  E08000003: { name: 'Manchester', residents: 575_000, profile: 'YOUNG_URBAN' },
  E08000004: { name: 'Oldham', residents: 245_000, profile: 'YOUNG_URBAN' },
  E08000005: { name: 'Rochdale', residents: 228_000, profile: 'YOUNG_URBAN' },
  E08000006: { name: 'Salford', residents: 280_000, profile: 'YOUNG_URBAN' },
  E08000007: { name: 'Stockport', residents: 297_000, profile: 'ENGLAND_AVERAGE' },
  E08000008: { name: 'Tameside', residents: 234_000, profile: 'ENGLAND_AVERAGE' },
  E08000009: { name: 'Trafford', residents: 237_000, profile: 'ENGLAND_AVERAGE' },
  E08000010: { name: 'Wigan', residents: 335_000, profile: 'ENGLAND_AVERAGE' },
  E09000003: { name: 'Barnet', residents: 392_000, profile: 'ENGLAND_AVERAGE' },
  E09000007: { name: 'Camden', residents: 218_000, profile: 'INNER_LONDON' },
  E09000010: { name: 'Enfield', residents: 330_000, profile: 'YOUNG_URBAN' },
  E09000014: { name: 'Haringey', residents: 264_000, profile: 'INNER_LONDON' },
  E09000019: { name: 'Islington', residents: 220_000, profile: 'INNER_LONDON' },
  E10000008: { name: 'Devon', residents: 820_000, profile: 'OLDER_RURAL_COASTAL' },
  E06000026: { name: 'Plymouth', residents: 267_000, profile: 'ENGLAND_AVERAGE' },
  E06000027: { name: 'Torbay', residents: 140_000, profile: 'OLDER_RURAL_COASTAL' },
  E10000014: { name: 'Hampshire', residents: 1_420_000, profile: 'ENGLAND_AVERAGE' },
  E06000046: { name: 'Isle of Wight', residents: 141_000, profile: 'OLDER_RURAL_COASTAL' },
  E06000044: { name: 'Portsmouth', residents: 210_000, profile: 'YOUNG_URBAN' },
  E06000045: { name: 'Southampton', residents: 253_000, profile: 'YOUNG_URBAN' },
  E10000030: { name: 'Surrey', residents: 1_215_000, profile: 'ENGLAND_AVERAGE' },
  E06000036: { name: 'Bracknell Forest', residents: 126_000, profile: 'ENGLAND_AVERAGE' },
  E06000039: { name: 'Slough', residents: 160_000, profile: 'YOUNG_URBAN' },
  E06000040: { name: 'Windsor and Maidenhead', residents: 155_000, profile: 'ENGLAND_AVERAGE' },
  E06000065: { name: 'North Yorkshire', residents: 620_000, profile: 'OLDER_RURAL_COASTAL' },
  E06000014: { name: 'York', residents: 205_000, profile: 'ENGLAND_AVERAGE' },
  E06000011: { name: 'East Riding of Yorkshire', residents: 345_000, profile: 'OLDER_RURAL_COASTAL' },
  E06000010: { name: 'Kingston upon Hull, City of', residents: 270_000, profile: 'YOUNG_URBAN' },
  E06000012: { name: 'North East Lincolnshire', residents: 157_000, profile: 'ENGLAND_AVERAGE' },
  E06000013: { name: 'North Lincolnshire', residents: 170_000, profile: 'ENGLAND_AVERAGE' },
};

/**
 * Yearly change of each cohort. The over-65s grow fastest (ageing population); the youngest bands
 * barely grow because births have been falling.
 */
export const COHORT_ANNUAL_GROWTH: Record<Cohort, number> = {
  EARLY_YEARS: 0.001,
  PRIMARY_SCHOOL: 0.001,
  SECONDARY_SCHOOL: 0.004,
  PREPARING_FOR_ADULTHOOD: 0.006,
  ADULTS: 0.003,
  OLDER_ADULTS: 0.017,
};
/** Each authority's growth differs from the cohort rate by a keyed amount in this range. */
export const LOCAL_GROWTH_ADJUSTMENT: [number, number] = [-0.001, 0.003];

/** Share of the 14–25 band aged under 18 (ages 14–17: 4 of its 12 single years of age). */
export const PREPARING_FOR_ADULTHOOD_UNDER_18_SHARE = 4 / 12;

// ---------------------------------------------------------------------------------------------
// Prevalence and people known to services
// ---------------------------------------------------------------------------------------------

/** PHE (2016): about 2.5% of children and 2.1% of adults have a learning disability. */
const LD_PREVALENCE_CHILDREN = 0.025;
const LD_PREVALENCE_ADULTS = 0.021;
export const LEARNING_DISABILITY_PREVALENCE: Record<Cohort, number> = {
  EARLY_YEARS: LD_PREVALENCE_CHILDREN,
  PRIMARY_SCHOOL: LD_PREVALENCE_CHILDREN,
  SECONDARY_SCHOOL: LD_PREVALENCE_CHILDREN,
  // 14–17 at the children's rate, 18–25 at the adults' rate
  PREPARING_FOR_ADULTHOOD:
    PREPARING_FOR_ADULTHOOD_UNDER_18_SHARE * LD_PREVALENCE_CHILDREN +
    (1 - PREPARING_FOR_ADULTHOOD_UNDER_18_SHARE) * LD_PREVALENCE_ADULTS,
  ADULTS: LD_PREVALENCE_ADULTS,
  OLDER_ADULTS: LD_PREVALENCE_ADULTS,
};

/**
 * Share of people with a learning disability who are known to services (on GP registers):
 * "roughly a quarter to a third" (FIGURES.md). Under-5s are identified far less often.
 */
export const LEARNING_DISABILITY_KNOWN_SHARE: Record<Cohort, number> = {
  EARLY_YEARS: 0.15,
  PRIMARY_SCHOOL: 0.3,
  SECONDARY_SCHOOL: 0.3,
  PREPARING_FOR_ADULTHOOD: 0.3,
  ADULTS: 0.3,
  OLDER_ADULTS: 0.3,
};

/** 30.7% of people on GP learning disability registers also have autism recorded (NHS Digital 2021-22). */
export const AUTISM_SHARE_OF_LD_REGISTER = 0.307;

/**
 * Autism recorded on GP records among people without a learning disability, by cohort. The weighted
 * average over England's age structure is about 0.8%, close to the 0.9% of "other patients" in
 * FIGURES.md, and the adult rate stays below the ~1% adult prevalence (APMS): adults are under-diagnosed,
 * school-age children are diagnosed far more often than older people.
 */
export const AUTISM_RECORDED_RATE: Record<Cohort, number> = {
  EARLY_YEARS: 0.003,
  PRIMARY_SCHOOL: 0.016,
  SECONDARY_SCHOOL: 0.022,
  PREPARING_FOR_ADULTHOOD: 0.02,
  ADULTS: 0.006,
  OLDER_ADULTS: 0.001,
};
/** Recorded autism keeps rising as diagnostic capacity grows (applied to AUTISM need each year). */
export const AUTISM_RECORDING_ANNUAL_GROWTH = 0.03;

/**
 * Local variation of register rates (deprivation, how actively GPs code): a keyed factor per
 * authority in this range.
 */
export const LOCAL_REGISTER_FACTOR: [number, number] = [0.9, 1.15];

// ---------------------------------------------------------------------------------------------
// People needing support at each pathway stage
// ---------------------------------------------------------------------------------------------

/**
 * Share of people known to services (learning disability only, the reference category) who need
 * support at the stage in a year. Stages are not exclusive: one person may need several.
 * Specialist inpatient need is set per million residents instead (below).
 */
export const STAGE_SHARE_OF_KNOWN: Record<Exclude<PathwayStage, 'SPECIALIST_INPATIENT'>, Record<Cohort, number>> = {
  // health checks, early support, keyworkers, diagnostic assessment: most people known to services
  PREVENTION_EARLY_INTERVENTION: { EARLY_YEARS: 0.9, PRIMARY_SCHOOL: 0.85, SECONDARY_SCHOOL: 0.85, PREPARING_FOR_ADULTHOOD: 0.85, ADULTS: 0.8, OLDER_ADULTS: 0.8 },
  COMMUNITY_SUPPORT: { EARLY_YEARS: 0.25, PRIMARY_SCHOOL: 0.3, SECONDARY_SCHOOL: 0.35, PREPARING_FOR_ADULTHOOD: 0.45, ADULTS: 0.4, OLDER_ADULTS: 0.35 },
  // accommodation with support is for adults; children live with families or are in children's services
  HOUSING_AND_ACCOMMODATION: { EARLY_YEARS: 0, PRIMARY_SCHOOL: 0, SECONDARY_SCHOOL: 0, PREPARING_FOR_ADULTHOOD: 0.1, ADULTS: 0.3, OLDER_ADULTS: 0.3 },
  CRISIS_AND_INTENSIVE_SUPPORT: { EARLY_YEARS: 0.01, PRIMARY_SCHOOL: 0.02, SECONDARY_SCHOOL: 0.04, PREPARING_FOR_ADULTHOOD: 0.06, ADULTS: 0.04, OLDER_ADULTS: 0.015 },
  DISCHARGE_AND_STEP_DOWN: { EARLY_YEARS: 0, PRIMARY_SCHOOL: 0.001, SECONDARY_SCHOOL: 0.003, PREPARING_FOR_ADULTHOOD: 0.008, ADULTS: 0.005, OLDER_ADULTS: 0.002 },
};

/**
 * How much more (or less) often autistic people, and people with both, need each stage compared with
 * people with a learning disability only: autistic people without a learning disability rarely need
 * accommodation with support but are over-represented in crisis; people with both need most.
 */
export const CATEGORY_INTENSITY: Record<Exclude<PathwayStage, 'SPECIALIST_INPATIENT'>, Record<NeedCategory, number>> = {
  PREVENTION_EARLY_INTERVENTION: { LEARNING_DISABILITY: 1, AUTISM: 1, LEARNING_DISABILITY_AND_AUTISM: 1 },
  COMMUNITY_SUPPORT: { LEARNING_DISABILITY: 1, AUTISM: 0.6, LEARNING_DISABILITY_AND_AUTISM: 1.3 },
  HOUSING_AND_ACCOMMODATION: { LEARNING_DISABILITY: 1, AUTISM: 0.15, LEARNING_DISABILITY_AND_AUTISM: 1.3 },
  CRISIS_AND_INTENSIVE_SUPPORT: { LEARNING_DISABILITY: 1, AUTISM: 1.2, LEARNING_DISABILITY_AND_AUTISM: 1.8 },
  DISCHARGE_AND_STEP_DOWN: { LEARNING_DISABILITY: 1, AUTISM: 1.1, LEARNING_DISABILITY_AND_AUTISM: 1.5 },
};

/**
 * Housing need grows faster than the population: adults living with ageing family carers move on.
 * Calibrated so the ten ICSs' housing shortfall widens by roughly their population share (about a
 * quarter) of the national 1,800–2,200 units a year (Housing LIN, FIGURES.md).
 */
export const HOUSING_NEED_ANNUAL_GROWTH = 0.016;

/**
 * People assessed as needing a specialist inpatient bed, per million residents of the cohort.
 * Calibrated so that across the ten ICSs adults come to about 30–35 per million adults (the Long Term
 * Plan target is 30) and under-18s to about 10–12 per million under-18s (target 12–15). Under-11s: none.
 */
export const INPATIENT_NEED_PER_MILLION: Record<Cohort, Record<NeedCategory, number>> = {
  EARLY_YEARS: { LEARNING_DISABILITY: 0, AUTISM: 0, LEARNING_DISABILITY_AND_AUTISM: 0 },
  PRIMARY_SCHOOL: { LEARNING_DISABILITY: 0, AUTISM: 0, LEARNING_DISABILITY_AND_AUTISM: 0 },
  SECONDARY_SCHOOL: { LEARNING_DISABILITY: 3, AUTISM: 7, LEARNING_DISABILITY_AND_AUTISM: 4 },
  // young people 14–25: autistic young people (often with eating disorders) are the largest group
  PREPARING_FOR_ADULTHOOD: { LEARNING_DISABILITY: 10, AUTISM: 32, LEARNING_DISABILITY_AND_AUTISM: 12 },
  ADULTS: { LEARNING_DISABILITY: 16, AUTISM: 12, LEARNING_DISABILITY_AND_AUTISM: 12 },
  OLDER_ADULTS: { LEARNING_DISABILITY: 6, AUTISM: 2, LEARNING_DISABILITY_AND_AUTISM: 2 },
};

// ---------------------------------------------------------------------------------------------
// Unit costs (2024/25 prices, GBP per person per year)
// ---------------------------------------------------------------------------------------------

export const UNIT_COST_ANNUAL_INFLATION = 0.03;

export const UNIT_COST_2024: Record<PathwayStage, Record<Cohort, number>> = {
  PREVENTION_EARLY_INTERVENTION: { EARLY_YEARS: 900, PRIMARY_SCHOOL: 800, SECONDARY_SCHOOL: 800, PREPARING_FOR_ADULTHOOD: 600, ADULTS: 350, OLDER_ADULTS: 400 },
  COMMUNITY_SUPPORT: { EARLY_YEARS: 12_000, PRIMARY_SCHOOL: 15_000, SECONDARY_SCHOOL: 18_000, PREPARING_FOR_ADULTHOOD: 22_000, ADULTS: 26_000, OLDER_ADULTS: 24_000 },
  // children's figures are residential placements (children's homes, residential schools)
  HOUSING_AND_ACCOMMODATION: { EARLY_YEARS: 150_000, PRIMARY_SCHOOL: 200_000, SECONDARY_SCHOOL: 250_000, PREPARING_FOR_ADULTHOOD: 85_000, ADULTS: 75_000, OLDER_ADULTS: 70_000 },
  CRISIS_AND_INTENSIVE_SUPPORT: { EARLY_YEARS: 20_000, PRIMARY_SCHOOL: 28_000, SECONDARY_SCHOOL: 35_000, PREPARING_FOR_ADULTHOOD: 38_000, ADULTS: 32_000, OLDER_ADULTS: 25_000 },
  SPECIALIST_INPATIENT: { EARLY_YEARS: 300_000, PRIMARY_SCHOOL: 300_000, SECONDARY_SCHOOL: 300_000, PREPARING_FOR_ADULTHOOD: 290_000, ADULTS: 270_000, OLDER_ADULTS: 250_000 },
  DISCHARGE_AND_STEP_DOWN: { EARLY_YEARS: 30_000, PRIMARY_SCHOOL: 40_000, SECONDARY_SCHOOL: 50_000, PREPARING_FOR_ADULTHOOD: 55_000, ADULTS: 50_000, OLDER_ADULTS: 45_000 },
};

// ---------------------------------------------------------------------------------------------
// Housing plan
// ---------------------------------------------------------------------------------------------

export const ACCOMMODATION_TYPES = ['SUPPORTED_LIVING', 'SHARED_LIVES', 'RESIDENTIAL_CARE', 'SPECIALIST_HOUSING', 'FORENSIC_HOUSING'] as const;
export type AccommodationType = (typeof ACCOMMODATION_TYPES)[number];
export const HOUSING_COHORTS = ['PREPARING_FOR_ADULTHOOD', 'ADULTS', 'OLDER_ADULTS'] as const satisfies readonly Cohort[];
export type HousingCohort = (typeof HOUSING_COHORTS)[number];

/** Specialist and forensic housing is commissioned across the ICS, so those lines have no place. */
export const ICS_WIDE_ACCOMMODATION: readonly AccommodationType[] = ['SPECIALIST_HOUSING', 'FORENSIC_HOUSING'];

/** How each cohort's 2024 stock divides between types (older adults: no forensic housing). */
export const ACCOMMODATION_MIX: Record<HousingCohort, Record<AccommodationType, number>> = {
  PREPARING_FOR_ADULTHOOD: { SUPPORTED_LIVING: 0.5, SHARED_LIVES: 0.2, RESIDENTIAL_CARE: 0.16, SPECIALIST_HOUSING: 0.1, FORENSIC_HOUSING: 0.04 },
  ADULTS: { SUPPORTED_LIVING: 0.47, SHARED_LIVES: 0.1, RESIDENTIAL_CARE: 0.3, SPECIALIST_HOUSING: 0.08, FORENSIC_HOUSING: 0.05 },
  OLDER_ADULTS: { SUPPORTED_LIVING: 0.3, SHARED_LIVES: 0.08, RESIDENTIAL_CARE: 0.56, SPECIALIST_HOUSING: 0.06, FORENSIC_HOUSING: 0 },
};

/** 2024 bed-spaces as a share of 2024 housing need, keyed per place: most places start close to need. */
export const HOUSING_STOCK_COVERAGE_2024: [number, number] = [0.88, 1.02];

/**
 * Yearly change in bed-spaces by type: new supported living schemes (rate keyed per ICS), Shared
 * Lives recruitment, and residential care shrinking as people move to homes of their own.
 */
export const SUPPORTED_LIVING_ANNUAL_GROWTH: [number, number] = [0.012, 0.03];
export const ACCOMMODATION_ANNUAL_CHANGE: Record<Exclude<AccommodationType, 'SUPPORTED_LIVING'>, number> = {
  SHARED_LIVES: 0.02,
  RESIDENTIAL_CARE: -0.015,
  SPECIALIST_HOUSING: 0.01,
  FORENSIC_HOUSING: 0.005,
};

// ---------------------------------------------------------------------------------------------
// Workforce plan
// ---------------------------------------------------------------------------------------------

/**
 * WTE required per person needing support at the stage (ICS total over cohorts and categories).
 * A role appears only on the stages where it works.
 */
export const WTE_PER_PERSON: Record<string, Partial<Record<PathwayStage, number>>> = {
  LEARNING_DISABILITY_NURSE: { PREVENTION_EARLY_INTERVENTION: 0.0015, COMMUNITY_SUPPORT: 0.008, CRISIS_AND_INTENSIVE_SUPPORT: 0.05, SPECIALIST_INPATIENT: 1.2, DISCHARGE_AND_STEP_DOWN: 0.06 },
  POSITIVE_BEHAVIOUR_SUPPORT_PRACTITIONER: { COMMUNITY_SUPPORT: 0.003, CRISIS_AND_INTENSIVE_SUPPORT: 0.04, DISCHARGE_AND_STEP_DOWN: 0.05 },
  AUTISM_DIAGNOSTIC_CLINICIAN: { PREVENTION_EARLY_INTERVENTION: 0.002 },
  KEYWORKER: { PREVENTION_EARLY_INTERVENTION: 0.001, CRISIS_AND_INTENSIVE_SUPPORT: 0.03 },
  SOCIAL_WORKER: { COMMUNITY_SUPPORT: 0.01, HOUSING_AND_ACCOMMODATION: 0.02, DISCHARGE_AND_STEP_DOWN: 0.1 },
  SUPPORT_WORKER: { COMMUNITY_SUPPORT: 0.05, HOUSING_AND_ACCOMMODATION: 0.9, CRISIS_AND_INTENSIVE_SUPPORT: 0.3, DISCHARGE_AND_STEP_DOWN: 1.2 },
  PSYCHIATRIST: { COMMUNITY_SUPPORT: 0.0008, CRISIS_AND_INTENSIVE_SUPPORT: 0.004, SPECIALIST_INPATIENT: 0.08 },
  CLINICAL_PSYCHOLOGIST: { PREVENTION_EARLY_INTERVENTION: 0.0003, COMMUNITY_SUPPORT: 0.0015, CRISIS_AND_INTENSIVE_SUPPORT: 0.01, SPECIALIST_INPATIENT: 0.1 },
};

/** Hard-to-recruit professions: the plan funds fewer posts than required, and the gap narrows slowly. */
export const SHORTAGE_ROLES: readonly string[] = ['LEARNING_DISABILITY_NURSE', 'PSYCHIATRIST', 'AUTISM_DIAGNOSTIC_CLINICIAN', 'CLINICAL_PSYCHOLOGIST'];
/** Planned WTE as a share of required WTE in 2024 (keyed per ICS and role), rising each year by the step. */
export const PLANNED_SHARE_OF_REQUIRED = {
  shortage: { range2024: [0.78, 0.9] as [number, number], annualStep: 0.01 },
  other: { range2024: [0.95, 1.08] as [number, number], annualStep: 0.005 },
};
/** Vacancy rate: in-post WTE = planned × (1 − vacancy), keyed per ICS, role and year. */
export const VACANCY_RATE: Record<string, number> = {
  LEARNING_DISABILITY_NURSE: 0.15,
  POSITIVE_BEHAVIOUR_SUPPORT_PRACTITIONER: 0.1,
  AUTISM_DIAGNOSTIC_CLINICIAN: 0.12,
  KEYWORKER: 0.08,
  SOCIAL_WORKER: 0.1,
  SUPPORT_WORKER: 0.14,
  PSYCHIATRIST: 0.12,
  CLINICAL_PSYCHOLOGIST: 0.1,
};
export const VACANCY_JITTER = 0.03;

// ---------------------------------------------------------------------------------------------
// Finance plan
// ---------------------------------------------------------------------------------------------

export const FUNDING_SOURCES = ['ICB_BASELINE', 'LOCAL_AUTHORITY', 'BETTER_CARE_FUND', 'SERVICE_DEVELOPMENT_FUNDING', 'CAPITAL'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** How each stage's funding divides between sources (shares add to 1). */
export const FUNDING_MIX: Record<PathwayStage, Partial<Record<FundingSource, number>>> = {
  PREVENTION_EARLY_INTERVENTION: { ICB_BASELINE: 0.45, LOCAL_AUTHORITY: 0.25, BETTER_CARE_FUND: 0.15, SERVICE_DEVELOPMENT_FUNDING: 0.15 },
  COMMUNITY_SUPPORT: { ICB_BASELINE: 0.3, LOCAL_AUTHORITY: 0.5, BETTER_CARE_FUND: 0.2 },
  HOUSING_AND_ACCOMMODATION: { ICB_BASELINE: 0.15, LOCAL_AUTHORITY: 0.68, BETTER_CARE_FUND: 0.05, CAPITAL: 0.12 },
  CRISIS_AND_INTENSIVE_SUPPORT: { ICB_BASELINE: 0.65, LOCAL_AUTHORITY: 0.1, SERVICE_DEVELOPMENT_FUNDING: 0.25 },
  SPECIALIST_INPATIENT: { ICB_BASELINE: 1 },
  DISCHARGE_AND_STEP_DOWN: { ICB_BASELINE: 0.5, LOCAL_AUTHORITY: 0.3, SERVICE_DEVELOPMENT_FUNDING: 0.2 },
};

/** Funding as a share of costed need in 2024 (keyed per ICS and stage). */
export const FUNDING_COVERAGE_2024: [number, number] = [0.88, 1.04];
/**
 * Funding grows more slowly than costed need after the assessed years, most of all where
 * need grows fastest (housing, discharge): the yearly drop in coverage per stage.
 */
export const FUNDING_COVERAGE_ANNUAL_DRIFT: Record<PathwayStage, number> = {
  PREVENTION_EARLY_INTERVENTION: 0.005,
  COMMUNITY_SUPPORT: 0.008,
  HOUSING_AND_ACCOMMODATION: 0.02,
  CRISIS_AND_INTENSIVE_SUPPORT: 0.01,
  SPECIALIST_INPATIENT: 0,
  DISCHARGE_AND_STEP_DOWN: 0.02,
};
/** Stages where ICSs with a section 75 agreement pool their ICB and council money (the BCF is always pooled). */
export const SECTION_75_POOLED_STAGES: readonly PathwayStage[] = ['COMMUNITY_SUPPORT', 'HOUSING_AND_ACCOMMODATION', 'DISCHARGE_AND_STEP_DOWN'];

// ---------------------------------------------------------------------------------------------
// Outcome metrics
// ---------------------------------------------------------------------------------------------

/** Quarter ends reported (calendar dates; four per financial year). */
export const FIRST_METRIC_PERIOD_END = '2023-06-30';
export const LAST_METRIC_PERIOD_END = '2026-09-30';
