import type { AgeLimits } from '../../seeds/demo-generator/model.js';
import type { ServiceType } from '../../seeds/demo-generator/services.js';
import type { Cohort, NeedCategory, PathwayStage } from './model.js';

export type Commissioner = 'ICB' | 'LOCAL_AUTHORITY' | 'JOINT' | 'NHS_ENGLAND_SPECIALISED' | 'PROVIDER_COLLABORATIVE';

/**
 * One line of every ICS's service catalogue. Capacity = coverage × shareOfNeed × the need the service can
 * serve (its catchment — the ICS, or one place — over its cohorts and categories at its stage and basis,
 * each cohort × the share of its ages inside the service's), in the contract's second year; shares are set
 * so each stage × cohort × category adds up to about 1. Checks and assessments are counted a year (their
 * types' default basis); the rest are caseloads. Intensive support and keyworker caseloads come to tens
 * per ICS; crisis beds to a handful.
 */
export interface ServiceTemplate {
  key: string;
  stage: PathwayStage;
  type: ServiceType;
  catchment: 'ICS' | 'PLACE';
  commissioner: Commissioner;
  name: string;
  provider: 'TRUST' | 'COUNCIL' | 'VOLUNTARY' | 'INDEPENDENT' | 'PRIMARY_CARE' | 'COLLABORATIVE' | 'SPECIALISED';
  cohorts: Cohort[];
  categories: NeedCategory[];
  ages: AgeLimits;
  shareOfNeed: number;
}

const ALL: NeedCategory[] = ['LEARNING_DISABILITY', 'AUTISM', 'LEARNING_DISABILITY_AND_AUTISM'];
const LD: NeedCategory[] = ['LEARNING_DISABILITY', 'LEARNING_DISABILITY_AND_AUTISM'];
const CHILDREN: Cohort[] = ['EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', 'CHILDREN_14_17'];
const SCHOOL_AGE: Cohort[] = ['PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', 'CHILDREN_14_17'];
const ADULTS: Cohort[] = ['YOUNG_ADULTS_18_25', 'ADULTS', 'OLDER_ADULTS'];
const UNDER_18: AgeLimits = { maxAge: 17 };
const OVER_18: AgeLimits = { minAge: 18 };

export const SERVICE_TEMPLATES: ServiceTemplate[] = [
  { key: 'AHC', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'ANNUAL_HEALTH_CHECK', catchment: 'ICS', commissioner: 'ICB', name: 'Learning Disability Annual Health Checks (14 and over)', provider: 'PRIMARY_CARE', cohorts: ['CHILDREN_14_17', ...ADULTS], categories: LD, ages: { minAge: 14 }, shareOfNeed: 0.85 },
  { key: 'ADULT_AUTISM_DX', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'DIAGNOSTIC_ASSESSMENT', catchment: 'ICS', commissioner: 'ICB', name: 'Adult Autism Diagnostic Service', provider: 'TRUST', cohorts: ADULTS, categories: ['AUTISM'], ages: OVER_18, shareOfNeed: 0.9 },
  { key: 'CHILDREN_AUTISM_DX', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'DIAGNOSTIC_ASSESSMENT', catchment: 'ICS', commissioner: 'ICB', name: "Children's Autism Diagnostic Pathway", provider: 'TRUST', cohorts: CHILDREN, categories: ['AUTISM'], ages: UNDER_18, shareOfNeed: 0.9 },
  { key: 'AUTISM_HUB', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'OTHER', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY', name: 'Autism Advice and Peer Support Hub', provider: 'VOLUNTARY', cohorts: ADULTS, categories: ['AUTISM'], ages: OVER_18, shareOfNeed: 1 },
  { key: 'EARLY_SUPPORT', stage: 'PREVENTION_EARLY_INTERVENTION', type: 'OTHER', catchment: 'ICS', commissioner: 'JOINT', name: "Children's Early Support and Portage", provider: 'COUNCIL', cohorts: CHILDREN, categories: ALL, ages: UNDER_18, shareOfNeed: 1 },
  { key: 'CLDT', stage: 'COMMUNITY_SUPPORT', type: 'COMMUNITY_TEAM', catchment: 'PLACE', commissioner: 'JOINT', name: 'Community Learning Disability Team (adults)', provider: 'TRUST', cohorts: ADULTS, categories: LD, ages: OVER_18, shareOfNeed: 0.85 },
  { key: 'DAY_OPPS', stage: 'COMMUNITY_SUPPORT', type: 'DAY_OPPORTUNITIES', catchment: 'PLACE', commissioner: 'LOCAL_AUTHORITY', name: 'Day Opportunities', provider: 'COUNCIL', cohorts: ['YOUNG_ADULTS_18_25', 'ADULTS'], categories: LD, ages: { minAge: 18, maxAge: 64 }, shareOfNeed: 0.1 },
  { key: 'EMPLOYMENT', stage: 'COMMUNITY_SUPPORT', type: 'EMPLOYMENT_SUPPORT', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY', name: 'Supported Employment', provider: 'VOLUNTARY', cohorts: ['YOUNG_ADULTS_18_25', 'ADULTS'], categories: ALL, ages: { minAge: 18, maxAge: 64 }, shareOfNeed: 0.05 },
  { key: 'AUTISM_COMMUNITY', stage: 'COMMUNITY_SUPPORT', type: 'COMMUNITY_TEAM', catchment: 'ICS', commissioner: 'JOINT', name: 'Autistic Adults Community Support', provider: 'VOLUNTARY', cohorts: ADULTS, categories: ['AUTISM'], ages: OVER_18, shareOfNeed: 0.95 },
  { key: 'CHILDREN_COMMUNITY', stage: 'COMMUNITY_SUPPORT', type: 'COMMUNITY_TEAM', catchment: 'ICS', commissioner: 'ICB', name: "Children's Learning Disability and Autism Community Service", provider: 'TRUST', cohorts: CHILDREN, categories: ALL, ages: UNDER_18, shareOfNeed: 0.9 },
  { key: 'SHORT_BREAKS', stage: 'COMMUNITY_SUPPORT', type: 'SHORT_BREAKS', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY', name: "Children's Short Breaks", provider: 'COUNCIL', cohorts: SCHOOL_AGE, categories: ALL, ages: { minAge: 5, maxAge: 17 }, shareOfNeed: 0.1 },
  { key: 'TRANSITION', stage: 'COMMUNITY_SUPPORT', type: 'COMMUNITY_TEAM', catchment: 'ICS', commissioner: 'JOINT', name: 'Preparing for Adulthood Transition Service (14 to 25)', provider: 'TRUST', cohorts: ['CHILDREN_14_17', 'YOUNG_ADULTS_18_25'], categories: ALL, ages: { minAge: 14, maxAge: 25 }, shareOfNeed: 0.05 },
  { key: 'SUPPORTED_LIVING', stage: 'HOUSING_AND_ACCOMMODATION', type: 'SUPPORTED_LIVING_SUPPORT', catchment: 'PLACE', commissioner: 'LOCAL_AUTHORITY', name: 'Supported Living', provider: 'INDEPENDENT', cohorts: ADULTS, categories: ALL, ages: OVER_18, shareOfNeed: 0.47 },
  { key: 'SHARED_LIVES', stage: 'HOUSING_AND_ACCOMMODATION', type: 'OTHER', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY', name: 'Shared Lives Scheme', provider: 'VOLUNTARY', cohorts: ADULTS, categories: ALL, ages: OVER_18, shareOfNeed: 0.11 },
  { key: 'RESIDENTIAL', stage: 'HOUSING_AND_ACCOMMODATION', type: 'OTHER', catchment: 'ICS', commissioner: 'JOINT', name: 'Residential, Specialist and Forensic Placements', provider: 'INDEPENDENT', cohorts: ADULTS, categories: ALL, ages: OVER_18, shareOfNeed: 0.42 },
  { key: 'IST', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', type: 'INTENSIVE_SUPPORT', catchment: 'ICS', commissioner: 'ICB', name: 'Intensive Support Team (adults)', provider: 'TRUST', cohorts: ADULTS, categories: ALL, ages: OVER_18, shareOfNeed: 0.9 },
  { key: 'CHILDREN_IST', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', type: 'INTENSIVE_SUPPORT', catchment: 'ICS', commissioner: 'ICB', name: "Children and Young People's Intensive Support Team", provider: 'TRUST', cohorts: SCHOOL_AGE, categories: ALL, ages: UNDER_18, shareOfNeed: 0.7 },
  { key: 'KEYWORKERS', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', type: 'KEYWORKER', catchment: 'ICS', commissioner: 'ICB', name: 'Keyworker Service (0 to 25)', provider: 'TRUST', cohorts: [...SCHOOL_AGE, 'YOUNG_ADULTS_18_25'], categories: ALL, ages: { maxAge: 25 }, shareOfNeed: 0.3 },
  { key: 'CRISIS_BEDS', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', type: 'CRISIS_BED', catchment: 'ICS', commissioner: 'ICB', name: 'Crisis and Admission Avoidance Beds', provider: 'INDEPENDENT', cohorts: ['YOUNG_ADULTS_18_25', 'ADULTS'], categories: ALL, ages: { minAge: 18, maxAge: 64 }, shareOfNeed: 0.06 },
  { key: 'INPATIENT', stage: 'SPECIALIST_INPATIENT', type: 'INPATIENT_BED', catchment: 'ICS', commissioner: 'ICB', name: 'Assessment and Treatment Beds (adults)', provider: 'TRUST', cohorts: ADULTS, categories: ALL, ages: OVER_18, shareOfNeed: 0.55 },
  { key: 'SECURE', stage: 'SPECIALIST_INPATIENT', type: 'INPATIENT_BED', catchment: 'ICS', commissioner: 'PROVIDER_COLLABORATIVE', name: 'Medium and Low Secure Beds (adults)', provider: 'COLLABORATIVE', cohorts: ADULTS, categories: ALL, ages: OVER_18, shareOfNeed: 0.33 },
  { key: 'HIGH_SECURE', stage: 'SPECIALIST_INPATIENT', type: 'INPATIENT_BED', catchment: 'ICS', commissioner: 'NHS_ENGLAND_SPECIALISED', name: 'High Secure Beds (adults)', provider: 'SPECIALISED', cohorts: ADULTS, categories: ALL, ages: OVER_18, shareOfNeed: 0.12 },
  { key: 'CAMHS_T4', stage: 'SPECIALIST_INPATIENT', type: 'INPATIENT_BED', catchment: 'ICS', commissioner: 'PROVIDER_COLLABORATIVE', name: 'CAMHS Tier 4 Beds (12 to 17)', provider: 'COLLABORATIVE', cohorts: ['SECONDARY_SCHOOL', 'CHILDREN_14_17'], categories: ALL, ages: { minAge: 12, maxAge: 17 }, shareOfNeed: 1 },
  { key: 'DISCHARGE', stage: 'DISCHARGE_AND_STEP_DOWN', type: 'DISCHARGE_SUPPORT', catchment: 'ICS', commissioner: 'JOINT', name: 'Discharge and Step-down Packages (adults)', provider: 'INDEPENDENT', cohorts: ADULTS, categories: ALL, ages: OVER_18, shareOfNeed: 1 },
  { key: 'CHILDREN_DISCHARGE', stage: 'DISCHARGE_AND_STEP_DOWN', type: 'DISCHARGE_SUPPORT', catchment: 'ICS', commissioner: 'ICB', name: "Children's Step-down and Return Home Support", provider: 'TRUST', cohorts: SCHOOL_AGE, categories: ALL, ages: UNDER_18, shareOfNeed: 1 },
];

export const PROVIDER_NAMES: Record<ServiceTemplate['provider'], (area: string) => string[]> = {
  TRUST: (area) => [`${area} Community Health NHS Trust`, `${area} Partnership NHS Foundation Trust`, `${area} Mental Health NHS Foundation Trust`],
  COUNCIL: (area) => [`${area} council in-house services`, `${area} adult social care`],
  VOLUNTARY: (area) => [`${area} Autism Partnership (charity)`, `${area} Mencap`, `${area} Voluntary Action`],
  INDEPENDENT: (area) => [`${area} Care Partnership Ltd`, `${area} Supported Living Group`, `${area} Homes Trust`],
  PRIMARY_CARE: (area) => [`${area} GP practices (primary care networks)`],
  COLLABORATIVE: (area) => [`${area} provider collaborative (lead provider)`],
  SPECIALISED: () => ['Nottinghamshire Healthcare NHS Foundation Trust (high secure)'],
};
