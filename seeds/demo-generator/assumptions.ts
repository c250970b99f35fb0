/**
 * Every modelling assumption behind the demo dataset, in one place. seeds/demo/README.md explains
 * where each comes from (shared/reference/FIGURES.md, or an approximation stated as such).
 */

export const COHORTS = [
  'EARLY_YEARS',
  'PRIMARY_SCHOOL',
  'SECONDARY_SCHOOL',
  'CHILDREN_14_17',
  'YOUNG_ADULTS_18_25',
  'ADULTS',
  'OLDER_ADULTS',
] as const;
export type Cohort = (typeof COHORTS)[number];

/** Ages of each cohort (DOMAIN.md; over-65s taken as 65–89 where years of age are counted). */
export const COHORT_AGES: Record<Cohort, [number, number]> = {
  EARLY_YEARS: [0, 4],
  PRIMARY_SCHOOL: [5, 10],
  SECONDARY_SCHOOL: [11, 13],
  CHILDREN_14_17: [14, 17],
  YOUNG_ADULTS_18_25: [18, 25],
  ADULTS: [26, 64],
  OLDER_ADULTS: [65, 89],
};
export const UNDER_18_COHORTS: readonly Cohort[] = ['EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', 'CHILDREN_14_17'];
export const ADULT_COHORTS: readonly Cohort[] = ['YOUNG_ADULTS_18_25', 'ADULTS', 'OLDER_ADULTS'];

/** Share of a cohort's need a service limited to ages minAge–maxAge can serve (DOMAIN.md's age overlap rule). */
export function ageOverlap(cohort: Cohort, minAge: number | undefined, maxAge: number | undefined): number {
  const [low, high] = COHORT_AGES[cohort];
  const from = Math.max(low, minAge ?? 0);
  const to = Math.min(high, maxAge ?? Number.POSITIVE_INFINITY);
  return to < from ? 0 : (to - from + 1) / (high - low + 1);
}

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
  /** England overall, close to the ONS mid-2022 estimates (14–17 about 1.2% a year of age, 18–25 about 1.2%). */
  ENGLAND_AVERAGE: { EARLY_YEARS: 5.6, PRIMARY_SCHOOL: 7.2, SECONDARY_SCHOOL: 3.7, CHILDREN_14_17: 4.8, YOUNG_ADULTS_18_25: 9.5, ADULTS: 50.6, OLDER_ADULTS: 18.6 },
  /** Big cities and university towns: more children and young adults (students), fewer over-65s. */
  YOUNG_URBAN: { EARLY_YEARS: 6.6, PRIMARY_SCHOOL: 8.2, SECONDARY_SCHOOL: 4.1, CHILDREN_14_17: 4.9, YOUNG_ADULTS_18_25: 12.7, ADULTS: 50.4, OLDER_ADULTS: 13.1 },
  /** Inner London: working-age heavy, few children and older people. */
  INNER_LONDON: { EARLY_YEARS: 4.8, PRIMARY_SCHOOL: 5.9, SECONDARY_SCHOOL: 3.0, CHILDREN_14_17: 3.6, YOUNG_ADULTS_18_25: 12.4, ADULTS: 59.3, OLDER_ADULTS: 11.0 },
  /** Rural and coastal counties: a quarter of residents over 65, young adults leave for study and work. */
  OLDER_RURAL_COASTAL: { EARLY_YEARS: 4.4, PRIMARY_SCHOOL: 6.2, SECONDARY_SCHOOL: 3.3, CHILDREN_14_17: 4.3, YOUNG_ADULTS_18_25: 7.9, ADULTS: 47.4, OLDER_ADULTS: 26.5 },
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
 * barely grow because births have been falling; the teenage bulge of the 2010s births moves through 14–25.
 */
export const COHORT_ANNUAL_GROWTH: Record<Cohort, number> = {
  EARLY_YEARS: 0.001,
  PRIMARY_SCHOOL: 0.001,
  SECONDARY_SCHOOL: 0.004,
  CHILDREN_14_17: 0.006,
  YOUNG_ADULTS_18_25: 0.006,
  ADULTS: 0.003,
  OLDER_ADULTS: 0.017,
};
/** Each authority's growth differs from the cohort rate by a keyed amount in this range. */
export const LOCAL_GROWTH_ADJUSTMENT: [number, number] = [-0.001, 0.003];

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
  CHILDREN_14_17: LD_PREVALENCE_CHILDREN,
  YOUNG_ADULTS_18_25: LD_PREVALENCE_ADULTS,
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
  CHILDREN_14_17: 0.3,
  YOUNG_ADULTS_18_25: 0.3,
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
  CHILDREN_14_17: 0.024,
  YOUNG_ADULTS_18_25: 0.018,
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

/** CASELOAD need (people supported at one time) is modelled at every stage; PER_YEAR only at prevention. */
export type Basis = 'CASELOAD' | 'PER_YEAR';
export const CASELOAD_STAGES = [
  'PREVENTION_EARLY_INTERVENTION',
  'COMMUNITY_SUPPORT',
  'HOUSING_AND_ACCOMMODATION',
  'CRISIS_AND_INTENSIVE_SUPPORT',
  'DISCHARGE_AND_STEP_DOWN',
] as const;
export type CaseloadStage = (typeof CASELOAD_STAGES)[number];

/**
 * CASELOAD: share of people known to services (learning disability only, the reference category) who
 * need support at the stage at one time. Stages are not exclusive: one person may need several.
 * - Prevention (caseload): early support and portage for children; for adults, prevention is the annual
 *   health check and diagnosis, counted a year (PER_YEAR below), plus advice for autistic adults.
 * - Housing: adults only. Children live with their families or are looked after by children's services,
 *   outside this plan.
 * - Crisis: people at risk of admission at one time (what a dynamic support register rates red or amber).
 *   None for under-5s: no LDA crisis need is recorded for them.
 * Specialist inpatient need is set per million residents instead (below).
 */
export const STAGE_SHARE_OF_KNOWN: Record<CaseloadStage, Record<Cohort, number>> = {
  PREVENTION_EARLY_INTERVENTION: { EARLY_YEARS: 0.6, PRIMARY_SCHOOL: 0.35, SECONDARY_SCHOOL: 0.25, CHILDREN_14_17: 0.2, YOUNG_ADULTS_18_25: 0, ADULTS: 0, OLDER_ADULTS: 0 },
  COMMUNITY_SUPPORT: { EARLY_YEARS: 0.25, PRIMARY_SCHOOL: 0.3, SECONDARY_SCHOOL: 0.35, CHILDREN_14_17: 0.45, YOUNG_ADULTS_18_25: 0.45, ADULTS: 0.4, OLDER_ADULTS: 0.35 },
  HOUSING_AND_ACCOMMODATION: { EARLY_YEARS: 0, PRIMARY_SCHOOL: 0, SECONDARY_SCHOOL: 0, CHILDREN_14_17: 0, YOUNG_ADULTS_18_25: 0.12, ADULTS: 0.3, OLDER_ADULTS: 0.3 },
  CRISIS_AND_INTENSIVE_SUPPORT: { EARLY_YEARS: 0, PRIMARY_SCHOOL: 0.003, SECONDARY_SCHOOL: 0.007, CHILDREN_14_17: 0.011, YOUNG_ADULTS_18_25: 0.006, ADULTS: 0.0028, OLDER_ADULTS: 0.001 },
  DISCHARGE_AND_STEP_DOWN: { EARLY_YEARS: 0, PRIMARY_SCHOOL: 0.0005, SECONDARY_SCHOOL: 0.001, CHILDREN_14_17: 0.002, YOUNG_ADULTS_18_25: 0.004, ADULTS: 0.004, OLDER_ADULTS: 0.002 },
};

/**
 * How much more (or less) often autistic people, and people with both, need each stage compared with
 * people with a learning disability only: autistic people without a learning disability rarely need
 * accommodation with support but are over-represented in crisis; people with both need most. Autistic
 * adults need prevention support (advice, peer support) at a tenth of children's rate.
 */
export const CATEGORY_INTENSITY: Record<CaseloadStage, Record<NeedCategory, number>> = {
  PREVENTION_EARLY_INTERVENTION: { LEARNING_DISABILITY: 1, AUTISM: 1, LEARNING_DISABILITY_AND_AUTISM: 1 },
  COMMUNITY_SUPPORT: { LEARNING_DISABILITY: 1, AUTISM: 0.6, LEARNING_DISABILITY_AND_AUTISM: 1.3 },
  HOUSING_AND_ACCOMMODATION: { LEARNING_DISABILITY: 1, AUTISM: 0.15, LEARNING_DISABILITY_AND_AUTISM: 1.3 },
  CRISIS_AND_INTENSIVE_SUPPORT: { LEARNING_DISABILITY: 1, AUTISM: 1.2, LEARNING_DISABILITY_AND_AUTISM: 1.8 },
  DISCHARGE_AND_STEP_DOWN: { LEARNING_DISABILITY: 1, AUTISM: 1.1, LEARNING_DISABILITY_AND_AUTISM: 1.5 },
};
/** Autistic adults (18+) needing advice and peer support at one time, as a share of those with autism recorded. */
export const AUTISTIC_ADULTS_PREVENTION_SHARE = 0.05;

/**
 * PER_YEAR need at prevention: annual health checks (one a year for everyone aged 14+ on a GP learning
 * disability register, FIGURES.md) and autism diagnostic assessments a year, as a share of the people of
 * the cohort with autism recorded (a modelling assumption: FIGURES.md has no referral figure; children
 * are referred most, older people rarely).
 */
export const HEALTH_CHECK_MIN_AGE = 14;
export const DIAGNOSTIC_ASSESSMENTS_PER_RECORDED: Record<Cohort, number> = {
  EARLY_YEARS: 0.3,
  PRIMARY_SCHOOL: 0.12,
  SECONDARY_SCHOOL: 0.1,
  CHILDREN_14_17: 0.08,
  YOUNG_ADULTS_18_25: 0.06,
  ADULTS: 0.05,
  OLDER_ADULTS: 0.02,
};

/**
 * Housing need grows faster than the population: adults living with ageing family carers move on.
 * Calibrated so the ten ICSs' housing shortfall widens by roughly their population share (about a
 * quarter) of the national 1,800–2,200 units a year (Housing LIN, FIGURES.md).
 */
export const HOUSING_NEED_ANNUAL_GROWTH = 0.016;

/**
 * People assessed as needing a specialist inpatient bed, per million residents of the cohort: the JSNA's
 * view, close to the census (inpatients.ts) so the two tell one story. Under-11s: none.
 */
export const INPATIENT_NEED_PER_MILLION: Record<Cohort, Record<NeedCategory, number>> = {
  EARLY_YEARS: { LEARNING_DISABILITY: 0, AUTISM: 0, LEARNING_DISABILITY_AND_AUTISM: 0 },
  PRIMARY_SCHOOL: { LEARNING_DISABILITY: 0, AUTISM: 0, LEARNING_DISABILITY_AND_AUTISM: 0 },
  SECONDARY_SCHOOL: { LEARNING_DISABILITY: 3, AUTISM: 10, LEARNING_DISABILITY_AND_AUTISM: 5 },
  // autistic teenagers (often with eating disorders or self-harm) are the largest group under 18
  CHILDREN_14_17: { LEARNING_DISABILITY: 8, AUTISM: 45, LEARNING_DISABILITY_AND_AUTISM: 14 },
  YOUNG_ADULTS_18_25: { LEARNING_DISABILITY: 12, AUTISM: 30, LEARNING_DISABILITY_AND_AUTISM: 14 },
  ADULTS: { LEARNING_DISABILITY: 18, AUTISM: 12, LEARNING_DISABILITY_AND_AUTISM: 12 },
  OLDER_ADULTS: { LEARNING_DISABILITY: 6, AUTISM: 2, LEARNING_DISABILITY_AND_AUTISM: 2 },
};

// ---------------------------------------------------------------------------------------------
// Unit costs (2024/25 prices, GBP per person per year)
// ---------------------------------------------------------------------------------------------

export const UNIT_COST_ANNUAL_INFLATION = 0.03;

export const UNIT_COST_2024: Record<PathwayStage, Record<Cohort, number>> = {
  PREVENTION_EARLY_INTERVENTION: { EARLY_YEARS: 900, PRIMARY_SCHOOL: 800, SECONDARY_SCHOOL: 800, CHILDREN_14_17: 700, YOUNG_ADULTS_18_25: 550, ADULTS: 350, OLDER_ADULTS: 400 },
  COMMUNITY_SUPPORT: { EARLY_YEARS: 12_000, PRIMARY_SCHOOL: 15_000, SECONDARY_SCHOOL: 18_000, CHILDREN_14_17: 20_000, YOUNG_ADULTS_18_25: 23_000, ADULTS: 26_000, OLDER_ADULTS: 24_000 },
  // children's figures are residential placements (children's homes, residential schools)
  HOUSING_AND_ACCOMMODATION: { EARLY_YEARS: 150_000, PRIMARY_SCHOOL: 200_000, SECONDARY_SCHOOL: 250_000, CHILDREN_14_17: 250_000, YOUNG_ADULTS_18_25: 80_000, ADULTS: 75_000, OLDER_ADULTS: 70_000 },
  CRISIS_AND_INTENSIVE_SUPPORT: { EARLY_YEARS: 20_000, PRIMARY_SCHOOL: 28_000, SECONDARY_SCHOOL: 35_000, CHILDREN_14_17: 40_000, YOUNG_ADULTS_18_25: 37_000, ADULTS: 32_000, OLDER_ADULTS: 25_000 },
  SPECIALIST_INPATIENT: { EARLY_YEARS: 300_000, PRIMARY_SCHOOL: 300_000, SECONDARY_SCHOOL: 300_000, CHILDREN_14_17: 300_000, YOUNG_ADULTS_18_25: 280_000, ADULTS: 270_000, OLDER_ADULTS: 250_000 },
  DISCHARGE_AND_STEP_DOWN: { EARLY_YEARS: 30_000, PRIMARY_SCHOOL: 40_000, SECONDARY_SCHOOL: 50_000, CHILDREN_14_17: 55_000, YOUNG_ADULTS_18_25: 55_000, ADULTS: 50_000, OLDER_ADULTS: 45_000 },
};

// ---------------------------------------------------------------------------------------------
// Housing plan and the support in those homes
// ---------------------------------------------------------------------------------------------

export const ACCOMMODATION_TYPES = ['SUPPORTED_LIVING', 'SHARED_LIVES', 'RESIDENTIAL_CARE', 'SPECIALIST_HOUSING', 'FORENSIC_HOUSING'] as const;
export type AccommodationType = (typeof ACCOMMODATION_TYPES)[number];
export const HOUSING_COHORTS = ['YOUNG_ADULTS_18_25', 'ADULTS', 'OLDER_ADULTS'] as const satisfies readonly Cohort[];
export type HousingCohort = (typeof HOUSING_COHORTS)[number];

/** Specialist and forensic housing is commissioned across the ICS, so those lines have no place. */
export const ICS_WIDE_ACCOMMODATION: readonly AccommodationType[] = ['SPECIALIST_HOUSING', 'FORENSIC_HOUSING'];

/** How each cohort's homes divide between types (older adults: no forensic housing). */
export const ACCOMMODATION_MIX: Record<HousingCohort, Record<AccommodationType, number>> = {
  YOUNG_ADULTS_18_25: { SUPPORTED_LIVING: 0.5, SHARED_LIVES: 0.2, RESIDENTIAL_CARE: 0.16, SPECIALIST_HOUSING: 0.1, FORENSIC_HOUSING: 0.04 },
  ADULTS: { SUPPORTED_LIVING: 0.47, SHARED_LIVES: 0.1, RESIDENTIAL_CARE: 0.3, SPECIALIST_HOUSING: 0.08, FORENSIC_HOUSING: 0.05 },
  OLDER_ADULTS: { SUPPORTED_LIVING: 0.3, SHARED_LIVES: 0.08, RESIDENTIAL_CARE: 0.56, SPECIALIST_HOUSING: 0.06, FORENSIC_HOUSING: 0 },
};

/**
 * One housing coverage per ICS (homes and the support in them ÷ housing need, in 2025/26), drawn in this
 * range and kept at least 0.03 from 1, so the housing plan and the housing-stage services give the same
 * verdict: short where homes are short, sufficient where there are enough. Places vary by ±3% around it.
 */
export const HOUSING_COVERAGE_2025: [number, number] = [0.84, 1.08];
export const HOUSING_COVERAGE_MARGIN = 0.03;
export const HOUSING_PLACE_JITTER = 0.03;

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

/** Roles as workforce plans name them (DOMAIN.md v2: names, not codes). */
export const LEARNING_DISABILITY_NURSE = 'Learning disability nurse';

/**
 * Learning disability nurses are anchored on the national NHS total (national.ts) × the ICS's share of
 * England's population × a keyed local factor, split over stages by where they work (about 40% in
 * inpatient and secure services, RCN 2019: 1,292 of 3,244).
 */
export const LD_NURSE_LOCAL_FACTOR: [number, number] = [0.85, 1.15];
export const LD_NURSE_STAGE_SPLIT: Partial<Record<PathwayStage, number>> = {
  PREVENTION_EARLY_INTERVENTION: 0.07,
  COMMUNITY_SUPPORT: 0.33,
  CRISIS_AND_INTENSIVE_SUPPORT: 0.12,
  SPECIALIST_INPATIENT: 0.4,
  DISCHARGE_AND_STEP_DOWN: 0.08,
};
/** Required LD nurses ÷ in post in 2024/25 (keyed per ICS): every plan reports nurse vacancies. */
export const LD_NURSE_REQUIRED_OVER_IN_POST: [number, number] = [1.12, 1.25];

/**
 * Other roles: WTE required per person needing support at the stage (ICS total over cohorts and
 * categories, CASELOAD need). A role appears only on the stages where it works.
 */
export const WTE_PER_PERSON: Record<string, Partial<Record<PathwayStage, number>>> = {
  'Positive behaviour support practitioner': { COMMUNITY_SUPPORT: 0.003, CRISIS_AND_INTENSIVE_SUPPORT: 0.12, DISCHARGE_AND_STEP_DOWN: 0.05 },
  'Autism diagnostic clinician': { PREVENTION_EARLY_INTERVENTION: 0.004 },
  Keyworker: { CRISIS_AND_INTENSIVE_SUPPORT: 0.06 },
  'Social worker': { COMMUNITY_SUPPORT: 0.01, HOUSING_AND_ACCOMMODATION: 0.02, DISCHARGE_AND_STEP_DOWN: 0.1 },
  'Support worker': { COMMUNITY_SUPPORT: 0.05, HOUSING_AND_ACCOMMODATION: 0.9, CRISIS_AND_INTENSIVE_SUPPORT: 0.6, DISCHARGE_AND_STEP_DOWN: 1.2 },
  Psychiatrist: { COMMUNITY_SUPPORT: 0.0008, CRISIS_AND_INTENSIVE_SUPPORT: 0.02, SPECIALIST_INPATIENT: 0.08 },
  'Clinical psychologist': { PREVENTION_EARLY_INTERVENTION: 0.0006, COMMUNITY_SUPPORT: 0.0015, CRISIS_AND_INTENSIVE_SUPPORT: 0.04, SPECIALIST_INPATIENT: 0.1 },
};

/** Hard-to-recruit professions: the plan funds fewer posts than required, and the gap narrows slowly. */
export const SHORTAGE_ROLES: readonly string[] = [LEARNING_DISABILITY_NURSE, 'Psychiatrist', 'Autism diagnostic clinician', 'Clinical psychologist'];
/** Planned WTE as a share of required WTE in 2024 (keyed per ICS and role), rising each year by the step. */
export const PLANNED_SHARE_OF_REQUIRED = {
  shortage: { range2024: [0.88, 0.95] as [number, number], annualStep: 0.01 },
  other: { range2024: [0.95, 1.08] as [number, number], annualStep: 0.005 },
};
/** Vacancy rate: in-post WTE = planned × (1 − vacancy), keyed per ICS, role and year. */
export const VACANCY_RATE: Record<string, number> = {
  'Positive behaviour support practitioner': 0.1,
  'Autism diagnostic clinician': 0.12,
  Keyworker: 0.08,
  'Social worker': 0.1,
  'Support worker': 0.14,
  Psychiatrist: 0.12,
  'Clinical psychologist': 0.1,
};
export const VACANCY_JITTER = 0.03;

// ---------------------------------------------------------------------------------------------
// Finance plan
// ---------------------------------------------------------------------------------------------

export const FUNDING_SOURCES = [
  'ICB_BASELINE',
  'LOCAL_AUTHORITY',
  'BETTER_CARE_FUND',
  'SERVICE_DEVELOPMENT_FUNDING',
  'DOWRY',
  'CAPITAL',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export type RevenueSource = Exclude<FundingSource, 'SERVICE_DEVELOPMENT_FUNDING' | 'CAPITAL' | 'DOWRY'>;

/**
 * How each stage's core revenue (costed need × funding coverage, less SDF and dowries) divides between
 * the ICB, councils and the BCF (shares add to 1).
 */
export const FUNDING_MIX: Record<PathwayStage, Partial<Record<RevenueSource, number>>> = {
  PREVENTION_EARLY_INTERVENTION: { ICB_BASELINE: 0.6, LOCAL_AUTHORITY: 0.35, BETTER_CARE_FUND: 0.05 },
  COMMUNITY_SUPPORT: { ICB_BASELINE: 0.3, LOCAL_AUTHORITY: 0.62, BETTER_CARE_FUND: 0.08 },
  HOUSING_AND_ACCOMMODATION: { ICB_BASELINE: 0.15, LOCAL_AUTHORITY: 0.82, BETTER_CARE_FUND: 0.03 },
  CRISIS_AND_INTENSIVE_SUPPORT: { ICB_BASELINE: 0.85, LOCAL_AUTHORITY: 0.15 },
  SPECIALIST_INPATIENT: { ICB_BASELINE: 1 },
  DISCHARGE_AND_STEP_DOWN: { ICB_BASELINE: 0.6, LOCAL_AUTHORITY: 0.4 },
};

/**
 * Service development funding: the national LDA allocation (national.ts) × the ICS's share of England's
 * population ("fair shares"), split over the stages it pays for (keyworkers and intensive support
 * mostly, then autism assessment and discharge), each stage's part over cohorts by costed need.
 * Rises 2.5% a year (cash).
 */
export const SDF_STAGE_SPLIT: Partial<Record<PathwayStage, number>> = {
  CRISIS_AND_INTENSIVE_SUPPORT: 0.7,
  PREVENTION_EARLY_INTERVENTION: 0.15,
  DISCHARGE_AND_STEP_DOWN: 0.15,
};
export const SDF_ANNUAL_GROWTH = 0.025;
/**
 * Dowries follow people discharged after 5+ years in hospital: a share of adult discharge funding, in
 * the four ICSs with long-stay discharges in the plan years (a modelling assumption).
 */
export const DOWRY_SHARE_OF_DISCHARGE = 0.12;
/**
 * Capital: the national housing capital programme (national.ts) × population share × a keyed factor
 * (0.5–1.5: capital comes in lumps), on housing for adults, one line a year.
 */
export const CAPITAL_LOCAL_FACTOR: [number, number] = [0.5, 1.5];

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
// Outcome metrics and the inpatient census
// ---------------------------------------------------------------------------------------------

/** Quarter ends reported (calendar dates; four per financial year), up to the last trajectory date. */
export const FIRST_METRIC_PERIOD_END = '2023-06-30';
export const FIRST_CENSUS_PERIOD_END = '2021-06-30';
export const LAST_PERIOD_END = '2026-03-31';
