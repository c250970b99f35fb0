import type { Cohort, NeedCategory, PathwayStage } from './model.js';

export type Commissioner = 'ICB' | 'LOCAL_AUTHORITY' | 'JOINT';

/**
 * One line of every ICS's service catalogue. Capacity = coverage × shareOfNeed × the need of the
 * catchment (the ICS, or one place) over the cohorts and categories served, in the contract's second
 * year; shares are set so each stage × cohort × category adds up to about 1. A few cohorts are left
 * without a service on purpose (under-5s in crisis), as real catalogues have breaks in the pathway.
 */
export interface ServiceTemplate {
  key: string;
  stage: PathwayStage;
  catchment: 'ICS' | 'PLACE';
  commissioner: Commissioner;
  name: string;
  provider: 'TRUST' | 'COUNCIL' | 'VOLUNTARY' | 'INDEPENDENT' | 'PRIMARY_CARE' | 'COLLABORATIVE';
  cohorts: Cohort[];
  categories: NeedCategory[];
  shareOfNeed: number;
}

const ALL: NeedCategory[] = ['LEARNING_DISABILITY', 'AUTISM', 'LEARNING_DISABILITY_AND_AUTISM'];
const LD: NeedCategory[] = ['LEARNING_DISABILITY', 'LEARNING_DISABILITY_AND_AUTISM'];
const CHILDREN: Cohort[] = ['EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL'];
const AGE_14_PLUS: Cohort[] = ['PREPARING_FOR_ADULTHOOD', 'ADULTS', 'OLDER_ADULTS'];

export const SERVICE_TEMPLATES: ServiceTemplate[] = [
  { key: 'AHC', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'ICB', name: 'Learning Disability Annual Health Checks', provider: 'PRIMARY_CARE', cohorts: AGE_14_PLUS, categories: LD, shareOfNeed: 1 },
  { key: 'ADULT_AUTISM_DX', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'ICB', name: 'Adult Autism Diagnostic Service', provider: 'TRUST', cohorts: AGE_14_PLUS, categories: ['AUTISM'], shareOfNeed: 0.85 },
  { key: 'AUTISM_HUB', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY', name: 'Autism Advice and Peer Support Hub', provider: 'VOLUNTARY', cohorts: AGE_14_PLUS, categories: ['AUTISM'], shareOfNeed: 0.15 },
  { key: 'EARLY_SUPPORT', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'JOINT', name: "Children's Early Support and Neurodevelopmental Pathway", provider: 'TRUST', cohorts: CHILDREN, categories: ALL, shareOfNeed: 1 },
  { key: 'KEYWORKERS', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'ICB', name: 'Keyworker Service for Children and Young People', provider: 'TRUST', cohorts: ['SECONDARY_SCHOOL', 'PREPARING_FOR_ADULTHOOD'], categories: ALL, shareOfNeed: 0.1 },
  { key: 'CLDT', stage: 'COMMUNITY_SUPPORT', catchment: 'PLACE', commissioner: 'JOINT', name: 'Community Learning Disability Team', provider: 'TRUST', cohorts: AGE_14_PLUS, categories: LD, shareOfNeed: 0.6 },
  { key: 'DAY_OPPS', stage: 'COMMUNITY_SUPPORT', catchment: 'PLACE', commissioner: 'LOCAL_AUTHORITY', name: 'Day Opportunities and Personal Budgets Support', provider: 'COUNCIL', cohorts: AGE_14_PLUS, categories: LD, shareOfNeed: 0.4 },
  { key: 'AUTISM_COMMUNITY', stage: 'COMMUNITY_SUPPORT', catchment: 'ICS', commissioner: 'JOINT', name: 'Autistic Adults Community Support', provider: 'VOLUNTARY', cohorts: AGE_14_PLUS, categories: ['AUTISM'], shareOfNeed: 1 },
  { key: 'SHORT_BREAKS', stage: 'COMMUNITY_SUPPORT', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY', name: "Children's Short Breaks and Family Support", provider: 'COUNCIL', cohorts: CHILDREN, categories: ALL, shareOfNeed: 1 },
  { key: 'SUPPORTED_LIVING', stage: 'HOUSING_AND_ACCOMMODATION', catchment: 'PLACE', commissioner: 'LOCAL_AUTHORITY', name: 'Supported Living', provider: 'INDEPENDENT', cohorts: AGE_14_PLUS, categories: ALL, shareOfNeed: 0.7 },
  { key: 'SHARED_LIVES', stage: 'HOUSING_AND_ACCOMMODATION', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY', name: 'Shared Lives Scheme', provider: 'VOLUNTARY', cohorts: AGE_14_PLUS, categories: ALL, shareOfNeed: 0.15 },
  { key: 'SPECIALIST_HOUSING', stage: 'HOUSING_AND_ACCOMMODATION', catchment: 'ICS', commissioner: 'JOINT', name: 'Specialist and Forensic Accommodation', provider: 'INDEPENDENT', cohorts: AGE_14_PLUS, categories: ALL, shareOfNeed: 0.15 },
  { key: 'IST', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', catchment: 'ICS', commissioner: 'ICB', name: 'Adult Intensive Support Team', provider: 'TRUST', cohorts: AGE_14_PLUS, categories: ALL, shareOfNeed: 0.9 },
  { key: 'CHILDREN_CRISIS', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', catchment: 'ICS', commissioner: 'ICB', name: "Children's Intensive Support (ages 5 to 13)", provider: 'TRUST', cohorts: ['PRIMARY_SCHOOL', 'SECONDARY_SCHOOL'], categories: ALL, shareOfNeed: 1 },
  { key: 'CRISIS_BEDS', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', catchment: 'ICS', commissioner: 'ICB', name: 'Crisis Beds and Admission Avoidance', provider: 'INDEPENDENT', cohorts: ['PREPARING_FOR_ADULTHOOD', 'ADULTS'], categories: ALL, shareOfNeed: 0.1 },
  { key: 'INPATIENT', stage: 'SPECIALIST_INPATIENT', catchment: 'ICS', commissioner: 'ICB', name: 'Specialist Learning Disability and Autism Inpatient Beds', provider: 'COLLABORATIVE', cohorts: ['SECONDARY_SCHOOL', ...AGE_14_PLUS], categories: ALL, shareOfNeed: 1 },
  { key: 'DISCHARGE', stage: 'DISCHARGE_AND_STEP_DOWN', catchment: 'ICS', commissioner: 'JOINT', name: 'Discharge and Step-down Packages', provider: 'INDEPENDENT', cohorts: AGE_14_PLUS, categories: ALL, shareOfNeed: 1 },
  { key: 'CHILDREN_DISCHARGE', stage: 'DISCHARGE_AND_STEP_DOWN', catchment: 'ICS', commissioner: 'ICB', name: "Children's Discharge and Transition Support", provider: 'TRUST', cohorts: ['PRIMARY_SCHOOL', 'SECONDARY_SCHOOL'], categories: ALL, shareOfNeed: 1 },
];

export const PROVIDER_NAMES: Record<ServiceTemplate['provider'], (area: string) => string[]> = {
  TRUST: (area) => [`${area} Community Health NHS Trust`, `${area} Partnership NHS Foundation Trust`, `${area} Mental Health NHS Foundation Trust`],
  COUNCIL: (area) => [`${area} council in-house services`, `${area} adult social care`],
  VOLUNTARY: (area) => [`${area} Autism Partnership (charity)`, `${area} Mencap`, `${area} Voluntary Action`],
  INDEPENDENT: (area) => [`${area} Care Partnership Ltd`, `${area} Supported Living Group`, `${area} Homes Trust`],
  PRIMARY_CARE: (area) => [`${area} GP practices (primary care networks)`],
  COLLABORATIVE: (area) => [`${area} provider collaborative (lead provider)`],
};
