import { SERVICE_CALIBRATION_YEAR, FIRST_YEAR, LAST_YEAR, PATHWAY_STAGES, type Cohort, type NeedCategory, type PathwayStage } from './assumptions.js';
import { PLACE_DISPLAY_NAMES, type IcsProfile } from './ics-profiles.js';
import { placesNeed } from './model.js';
import { pick, uniform } from './random.js';
import type { Place } from './reference.js';

export type Commissioner = 'ICB' | 'LOCAL_AUTHORITY' | 'JOINT';

export interface CommissionedService {
  serviceCode: string;
  name: string;
  icsCode: string;
  /** Empty: the catchment is the whole ICS. */
  laCode: string;
  commissioner: Commissioner;
  provider: string;
  stage: PathwayStage;
  cohorts: Cohort[];
  categories: NeedCategory[];
  capacityPeople: number;
  startDate: string;
  /** Empty: open-ended. */
  endDate: string;
}

const ALL_CATEGORIES: NeedCategory[] = ['LEARNING_DISABILITY', 'AUTISM', 'LEARNING_DISABILITY_AND_AUTISM'];
const WITH_LEARNING_DISABILITY: NeedCategory[] = ['LEARNING_DISABILITY', 'LEARNING_DISABILITY_AND_AUTISM'];
const CHILDREN: Cohort[] = ['EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL'];
const AGE_14_PLUS: Cohort[] = ['PREPARING_FOR_ADULTHOOD', 'ADULTS', 'OLDER_ADULTS'];

/**
 * A service every ICS commissions. Capacity = coverage × shareOfNeed × the need in its catchment,
 * cohorts and categories in SERVICE_CALIBRATION_YEAR. Because the gap engine apportions a service's
 * capacity in proportion to need, each cohort × category it serves then gets coverage × shareOfNeed,
 * and a cohort × category's coverage is the sum over the services serving it. The shares below are
 * chosen so each cohort × category at each stage adds up to about 1 (a main service plus top-ups).
 */
interface ServiceTemplate {
  key: string;
  stage: PathwayStage;
  catchment: 'ICS' | 'PLACE';
  commissioner: Commissioner;
  name: (area: string) => string;
  provider: (ics: IcsProfile, laCode: string) => string;
  cohorts: Cohort[];
  categories: NeedCategory[];
  shareOfNeed: number;
  /** Coverage commissioned, drawn per ICS (and place) in this range. */
  coverage: [number, number];
}

const SERVICE_TEMPLATES: ServiceTemplate[] = [
  // Prevention and early intervention
  {
    key: 'ANNUAL_HEALTH_CHECKS', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Learning Disability Annual Health Checks`,
    provider: (ics) => `${ics.shortName} GP practices (primary care networks)`,
    cohorts: AGE_14_PLUS, categories: WITH_LEARNING_DISABILITY, shareOfNeed: 1, coverage: [0.78, 1.04],
  },
  {
    key: 'ADULT_AUTISM_DIAGNOSIS', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Adult Autism Diagnostic Service`,
    provider: (ics) => ics.providers.ldaTrust,
    cohorts: AGE_14_PLUS, categories: ['AUTISM'], shareOfNeed: 0.85, coverage: [0.78, 1.05],
  },
  {
    key: 'AUTISM_HUB', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Autism Advice and Peer Support Hub`,
    provider: (ics) => ics.providers.autismCharity,
    cohorts: AGE_14_PLUS, categories: ['AUTISM'], shareOfNeed: 0.15, coverage: [0.8, 1.1],
  },
  {
    key: 'KEYWORKERS', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Keyworker Service for Children and Young People`,
    provider: (ics) => ics.providers.childrens,
    cohorts: ['SECONDARY_SCHOOL', 'PREPARING_FOR_ADULTHOOD'], categories: ALL_CATEGORIES, shareOfNeed: 0.1, coverage: [0.8, 1.1],
  },
  {
    key: 'CHILDREN_AUTISM_DIAGNOSIS', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Autism Diagnostic Pathway (children)`,
    provider: (ics) => ics.providers.childrens,
    cohorts: CHILDREN, categories: ['AUTISM', 'LEARNING_DISABILITY_AND_AUTISM'], shareOfNeed: 1, coverage: [0.75, 1.04],
  },
  {
    key: 'EARLY_SUPPORT', stage: 'PREVENTION_EARLY_INTERVENTION', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Early Support, Portage and SEND Outreach`,
    provider: (ics) => councilsLabel(ics),
    cohorts: CHILDREN, categories: ['LEARNING_DISABILITY'], shareOfNeed: 1, coverage: [0.75, 1.05],
  },
  // Community support
  {
    key: 'COMMUNITY_TEAM', stage: 'COMMUNITY_SUPPORT', catchment: 'PLACE', commissioner: 'JOINT',
    name: (area) => `${area} Community Learning Disability Team (adults)`,
    provider: (ics, laCode) => ics.communityTeamProviders?.[laCode] ?? ics.providers.ldaTrust,
    cohorts: AGE_14_PLUS, categories: WITH_LEARNING_DISABILITY, shareOfNeed: 1, coverage: [0.72, 1.0],
  },
  {
    key: 'CHILDREN_COMMUNITY', stage: 'COMMUNITY_SUPPORT', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Children's Learning Disability and Autism Community Service`,
    provider: (ics) => ics.providers.childrens,
    cohorts: CHILDREN, categories: ALL_CATEGORIES, shareOfNeed: 1, coverage: [0.72, 1.05],
  },
  {
    key: 'AUTISM_COMMUNITY', stage: 'COMMUNITY_SUPPORT', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Autistic Adults Community Support Service`,
    provider: (ics) => ics.providers.autismCharity,
    cohorts: AGE_14_PLUS, categories: ['AUTISM'], shareOfNeed: 0.85, coverage: [0.75, 1.08],
  },
  {
    key: 'DAY_OPPORTUNITIES', stage: 'COMMUNITY_SUPPORT', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Day Opportunities and Supported Employment`,
    provider: (ics) => ics.providers.dayOpportunities,
    cohorts: ['PREPARING_FOR_ADULTHOOD', 'ADULTS'], categories: WITH_LEARNING_DISABILITY, shareOfNeed: 0.1, coverage: [0.8, 1.1],
  },
  {
    key: 'PERSONAL_BUDGETS', stage: 'COMMUNITY_SUPPORT', catchment: 'ICS', commissioner: 'JOINT',
    name: (area) => `${area} Personal Health Budgets and Direct Payments Support`,
    provider: () => 'Penderels Trust',
    cohorts: AGE_14_PLUS, categories: ALL_CATEGORIES, shareOfNeed: 0.05, coverage: [0.8, 1.1],
  },
  {
    key: 'SHORT_BREAKS', stage: 'COMMUNITY_SUPPORT', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Short Breaks for Disabled Children`,
    provider: () => 'Action for Children',
    cohorts: ['PRIMARY_SCHOOL', 'SECONDARY_SCHOOL'], categories: ALL_CATEGORIES, shareOfNeed: 0.1, coverage: [0.8, 1.1],
  },
  // Housing and accommodation
  {
    key: 'SUPPORTED_LIVING', stage: 'HOUSING_AND_ACCOMMODATION', catchment: 'PLACE', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Supported Living Framework`,
    provider: (ics) => ics.providers.supportedLiving,
    cohorts: AGE_14_PLUS, categories: ALL_CATEGORIES, shareOfNeed: 0.85, coverage: [0.78, 1.0],
  },
  {
    key: 'SHARED_LIVES', stage: 'HOUSING_AND_ACCOMMODATION', catchment: 'ICS', commissioner: 'LOCAL_AUTHORITY',
    name: (area) => `${area} Shared Lives Scheme`,
    provider: (ics) => ics.providers.sharedLives,
    cohorts: AGE_14_PLUS, categories: WITH_LEARNING_DISABILITY, shareOfNeed: 0.12, coverage: [0.8, 1.05],
  },
  {
    key: 'RESIDENTIAL_CARE', stage: 'HOUSING_AND_ACCOMMODATION', catchment: 'ICS', commissioner: 'JOINT',
    name: (area) => `${area} Residential and Nursing Care Placements (learning disability and autism)`,
    provider: () => 'Independent sector care homes (spot and block contracts)',
    cohorts: ['ADULTS', 'OLDER_ADULTS'], categories: ALL_CATEGORIES, shareOfNeed: 0.25, coverage: [0.85, 1.05],
  },
  // Crisis and intensive support
  {
    key: 'INTENSIVE_SUPPORT', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Intensive Support Team`,
    provider: (ics) => ics.providers.ldaTrust,
    // no crisis support for under-5s: a pathway break wherever early-years crisis need is above zero
    cohorts: ['PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', ...AGE_14_PLUS], categories: ALL_CATEGORIES, shareOfNeed: 1, coverage: [0.7, 1.02],
  },
  {
    key: 'ADMISSION_AVOIDANCE', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Admission Avoidance Service and Crisis Beds`,
    provider: (ics) => ics.providers.crisisBeds,
    cohorts: ['PREPARING_FOR_ADULTHOOD', 'ADULTS'], categories: ALL_CATEGORIES, shareOfNeed: 0.12, coverage: [0.8, 1.1],
  },
  // Specialist inpatient
  {
    key: 'ADULT_INPATIENT', stage: 'SPECIALIST_INPATIENT', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Specialist Learning Disability and Autism Inpatient Beds (adults)`,
    provider: (ics) => ics.providers.adultInpatient,
    cohorts: ['ADULTS', 'OLDER_ADULTS'], categories: ALL_CATEGORIES, shareOfNeed: 1, coverage: [0.9, 1.25],
  },
  {
    key: 'YOUNG_PEOPLE_INPATIENT', stage: 'SPECIALIST_INPATIENT', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Young People's Inpatient Beds (CAMHS Tier 4 and ages 18 to 25)`,
    provider: (ics) => ics.providers.youngPeopleInpatient,
    cohorts: ['SECONDARY_SCHOOL', 'PREPARING_FOR_ADULTHOOD'], categories: ALL_CATEGORIES, shareOfNeed: 1, coverage: [0.85, 1.2],
  },
  // Discharge and step-down
  {
    key: 'DISCHARGE_PACKAGES', stage: 'DISCHARGE_AND_STEP_DOWN', catchment: 'ICS', commissioner: 'JOINT',
    name: (area) => `${area} Discharge and Step-Down Packages`,
    provider: () => 'Independent and voluntary sector support providers',
    cohorts: AGE_14_PLUS, categories: ALL_CATEGORIES, shareOfNeed: 1, coverage: [0.78, 1.05],
  },
  {
    key: 'CHILDREN_STEP_DOWN', stage: 'DISCHARGE_AND_STEP_DOWN', catchment: 'ICS', commissioner: 'ICB',
    name: (area) => `${area} Children's Step-Down and Return Home Support`,
    provider: (ics) => ics.providers.childrens,
    cohorts: ['PRIMARY_SCHOOL', 'SECONDARY_SCHOOL'], categories: ALL_CATEGORIES, shareOfNeed: 1, coverage: [0.78, 1.05],
  },
];

interface TemplateAdjustment {
  omit?: true;
  name?: string;
  cohorts?: Cohort[];
  categories?: NeedCategory[];
  /** A fixed coverage instead of the drawn one. */
  coverage?: number;
}

/**
 * Where an ICS departs from the standard set: local names, and the deliberate pathway breaks and
 * shortfalls that give the gap reports something to find (listed in seeds/demo/README.md).
 */
const ICS_ADJUSTMENTS: Record<string, Record<string, TemplateAdjustment>> = {
  QWU: {
    // the plan's all-age intensive support team: the one ICS with crisis support for under-5s
    INTENSIVE_SUPPORT: {
      name: 'Coventry and Warwickshire All-Age Learning Disability and Autism Intensive Support Team',
      cohorts: ['EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', ...AGE_14_PLUS],
    },
    // lean core services, topped up by the Early Support Pilot until it ends on 2026-09-30
    EARLY_SUPPORT: { coverage: 0.72 },
    CHILDREN_AUTISM_DIAGNOSIS: { coverage: 0.7 },
  },
  // the waiting-list initiative ends 2025-03-31, leaving adult diagnosis short from 2025/26
  QHL: { ADULT_AUTISM_DIAGNOSIS: { coverage: 0.6 } },
  QUA: {
    // BREAK: no community support for autistic adults without a learning disability
    AUTISM_COMMUNITY: { omit: true },
    PERSONAL_BUDGETS: { categories: WITH_LEARNING_DISABILITY },
    // non-recurrent discharge money ends 2025-03-31
    DISCHARGE_PACKAGES: { coverage: 0.62 },
  },
  QMJ: {
    // BREAK: the intensive support team takes people aged 14 and over only; no children's crisis offer
    INTENSIVE_SUPPORT: { name: 'North Central London Intensive Support Team (14 and over)', cohorts: AGE_14_PLUS },
  },
  // additional assessment capacity until 2026-09-30, then the core service alone falls behind
  QXU: { ADULT_AUTISM_DIAGNOSIS: { coverage: 0.75 } },
  QOQ: {
    // BREAK: discharge packages start at 26; nothing for young people leaving hospital
    DISCHARGE_PACKAGES: { name: 'Humber and North Yorkshire Discharge and Step-Down Packages (adults 26 and over)', cohorts: ['ADULTS', 'OLDER_ADULTS'] },
  },
};

/** Services one ICS commissions beyond the standard set: pilots ending, planned growth, local initiatives. */
interface LocalService {
  icsCode: string;
  laCode?: string;
  name: string;
  stage: PathwayStage;
  commissioner: Commissioner;
  provider: string;
  cohorts: Cohort[];
  categories: NeedCategory[];
  /** Sized as this share of the need it serves, in the year it is calibrated on. */
  shareOfNeed: number;
  startDate: string;
  endDate?: string;
}

const LOCAL_SERVICES: LocalService[] = [
  {
    icsCode: 'QWU', name: 'Coventry and Warwickshire Early Support Pilot', stage: 'PREVENTION_EARLY_INTERVENTION', commissioner: 'ICB',
    provider: 'Coventry and Warwickshire Partnership NHS Trust', cohorts: ['EARLY_YEARS', 'PRIMARY_SCHOOL'], categories: ALL_CATEGORIES,
    shareOfNeed: 0.25, startDate: '2023-04-01', endDate: '2026-09-30',
  },
  {
    icsCode: 'QWU', name: 'Coventry and Warwickshire Community Bed-Based Offer for Autistic People (16 and over)', stage: 'CRISIS_AND_INTENSIVE_SUPPORT',
    commissioner: 'ICB', provider: 'Coventry and Warwickshire Partnership NHS Trust', cohorts: ['PREPARING_FOR_ADULTHOOD', 'ADULTS'], categories: ['AUTISM'],
    shareOfNeed: 0.15, startDate: '2026-04-01',
  },
  {
    icsCode: 'QWU', name: 'Coventry and Warwickshire Community Forensic Learning Disability and Autism Service', stage: 'COMMUNITY_SUPPORT',
    commissioner: 'ICB', provider: 'Coventry and Warwickshire Partnership NHS Trust', cohorts: ['PREPARING_FOR_ADULTHOOD', 'ADULTS'], categories: ALL_CATEGORIES,
    shareOfNeed: 0.04, startDate: '2020-04-01', endDate: '2026-03-31',
  },
  {
    icsCode: 'QHL', laCode: 'E08000025', name: 'Birmingham Adult Autism Assessment Waiting List Initiative', stage: 'PREVENTION_EARLY_INTERVENTION',
    commissioner: 'ICB', provider: 'Independent sector autism assessment providers', cohorts: ['PREPARING_FOR_ADULTHOOD', 'ADULTS'], categories: ['AUTISM'],
    shareOfNeed: 0.35, startDate: '2023-07-01', endDate: '2025-03-31',
  },
  {
    icsCode: 'QHL', name: 'Birmingham and Solihull Autism Crisis House', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', commissioner: 'JOINT',
    provider: 'Autism West Midlands', cohorts: ['PREPARING_FOR_ADULTHOOD', 'ADULTS'], categories: ['AUTISM', 'LEARNING_DISABILITY_AND_AUTISM'],
    shareOfNeed: 0.15, startDate: '2027-04-01',
  },
  {
    icsCode: 'QUA', name: 'Black Country Transforming Care Discharge Support (non-recurrent)', stage: 'DISCHARGE_AND_STEP_DOWN', commissioner: 'ICB',
    provider: 'Black Country Healthcare NHS Foundation Trust', cohorts: ['PREPARING_FOR_ADULTHOOD', 'ADULTS'], categories: ALL_CATEGORIES,
    shareOfNeed: 0.3, startDate: '2022-04-01', endDate: '2025-03-31',
  },
  {
    icsCode: 'QOP', name: 'Greater Manchester Autism Specialist Support Team', stage: 'CRISIS_AND_INTENSIVE_SUPPORT', commissioner: 'ICB',
    provider: 'Greater Manchester Mental Health NHS Foundation Trust', cohorts: AGE_14_PLUS, categories: ['AUTISM'],
    shareOfNeed: 0.2, startDate: '2026-04-01',
  },
  {
    icsCode: 'QOP', name: 'Greater Manchester Supported Housing Programme (new schemes)', stage: 'HOUSING_AND_ACCOMMODATION', commissioner: 'JOINT',
    provider: 'Registered housing providers with Greater Manchester councils', cohorts: ['ADULTS'], categories: WITH_LEARNING_DISABILITY,
    shareOfNeed: 0.08, startDate: '2027-04-01',
  },
  {
    icsCode: 'QMJ', name: 'North Central London Preparing for Adulthood Transition Service', stage: 'COMMUNITY_SUPPORT', commissioner: 'JOINT',
    provider: 'North London NHS Foundation Trust', cohorts: ['PREPARING_FOR_ADULTHOOD'], categories: ALL_CATEGORIES,
    shareOfNeed: 0.15, startDate: '2025-04-01',
  },
  {
    icsCode: 'QJK', name: 'Devon Positive Behaviour Support Service', stage: 'COMMUNITY_SUPPORT', commissioner: 'JOINT',
    provider: 'Devon Partnership NHS Trust', cohorts: ['PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', 'PREPARING_FOR_ADULTHOOD', 'ADULTS'],
    categories: WITH_LEARNING_DISABILITY, shareOfNeed: 0.08, startDate: '2027-04-01',
  },
  {
    icsCode: 'QRL', laCode: 'E06000045', name: 'Southampton Autism Hub', stage: 'PREVENTION_EARLY_INTERVENTION', commissioner: 'LOCAL_AUTHORITY',
    provider: 'Autism Hampshire', cohorts: ['PREPARING_FOR_ADULTHOOD', 'ADULTS'], categories: ['AUTISM'],
    shareOfNeed: 0.15, startDate: '2022-04-01', endDate: '2026-09-30',
  },
  {
    icsCode: 'QNQ', name: 'Frimley Learning Disability Liaison Nurses (acute hospitals)', stage: 'PREVENTION_EARLY_INTERVENTION', commissioner: 'ICB',
    provider: 'Frimley Health NHS Foundation Trust', cohorts: AGE_14_PLUS, categories: WITH_LEARNING_DISABILITY,
    shareOfNeed: 0.1, startDate: '2021-04-01',
  },
  {
    icsCode: 'QXU', name: 'Surrey Adult Autism Assessment Additional Capacity', stage: 'PREVENTION_EARLY_INTERVENTION', commissioner: 'ICB',
    provider: 'Independent sector autism assessment providers', cohorts: ['PREPARING_FOR_ADULTHOOD', 'ADULTS'], categories: ['AUTISM'],
    shareOfNeed: 0.25, startDate: '2024-04-01', endDate: '2026-09-30',
  },
  {
    icsCode: 'QOQ', name: 'Humber and North Yorkshire Community Step-Down Service', stage: 'DISCHARGE_AND_STEP_DOWN', commissioner: 'ICB',
    provider: 'Humber Teaching NHS Foundation Trust', cohorts: ['ADULTS', 'OLDER_ADULTS'], categories: ALL_CATEGORIES,
    shareOfNeed: 0.2, startDate: '2026-04-01',
  },
];

/** Start dates of long-running services, before the first plan year. */
const ESTABLISHED_START_DATES = ['2017-04-01', '2018-10-01', '2019-04-01', '2020-04-01', '2021-04-01', '2022-04-01', '2023-04-01'];

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

function standardServices(ics: IcsProfile, icsPlaces: Place[]): Omit<CommissionedService, 'serviceCode'>[] {
  const adjustments = ICS_ADJUSTMENTS[ics.odsCode] ?? {};
  const services: Omit<CommissionedService, 'serviceCode'>[] = [];
  for (const template of SERVICE_TEMPLATES) {
    const adjustment = adjustments[template.key] ?? {};
    if (adjustment.omit) continue;
    const perPlace = template.catchment === 'PLACE' && (template.key !== 'COMMUNITY_TEAM' || ics.communityTeamsPerPlace);
    const catchments: (Place | undefined)[] = perPlace ? icsPlaces : [undefined];
    for (const place of catchments) {
      const key = `${ics.odsCode}|${template.key}|${place?.laCode ?? 'ICS'}`;
      const cohorts = adjustment.cohorts ?? template.cohorts;
      const categories = adjustment.categories ?? template.categories;
      const coverage = adjustment.coverage ?? uniform(`${key}|coverage`, ...template.coverage);
      const need = placesNeed(place ? [place] : icsPlaces, cohorts, categories, template.stage, SERVICE_CALIBRATION_YEAR);
      const localityTeams = template.key === 'COMMUNITY_TEAM' && !perPlace;
      services.push({
        name: adjustment.name ?? (localityTeams ? `${ics.shortName} Community Learning Disability Teams (adults, locality-based)` : template.name(areaName(ics, place))),
        icsCode: ics.odsCode,
        laCode: place?.laCode ?? '',
        commissioner: template.commissioner,
        provider: template.provider(ics, place?.laCode ?? ''),
        stage: template.stage,
        cohorts,
        categories,
        capacityPeople: capacityFor(need, coverage, template.shareOfNeed),
        startDate: pick(`${key}|start`, ESTABLISHED_START_DATES),
        endDate: '',
      });
    }
  }
  return services;
}

function localServices(ics: IcsProfile, icsPlaces: Place[]): Omit<CommissionedService, 'serviceCode'>[] {
  return LOCAL_SERVICES.filter((service) => service.icsCode === ics.odsCode).map((service) => {
    const catchment = service.laCode ? icsPlaces.filter((place) => place.laCode === service.laCode) : icsPlaces;
    if (catchment.length === 0) throw new Error(`${service.name}: ${service.laCode} is not a place of ${ics.odsCode}`);
    // sized on the plan year if running then, otherwise on its first (or last) year
    const firstYear = Math.max(FIRST_YEAR, financialYearOf(service.startDate));
    const lastYear = service.endDate ? financialYearOf(service.endDate) : LAST_YEAR;
    const calibrationYear = Math.min(Math.max(SERVICE_CALIBRATION_YEAR, firstYear), lastYear);
    const need = placesNeed(catchment, service.cohorts, service.categories, service.stage, calibrationYear);
    return {
      name: service.name,
      icsCode: ics.odsCode,
      laCode: service.laCode ?? '',
      commissioner: service.commissioner,
      provider: service.provider,
      stage: service.stage,
      cohorts: service.cohorts,
      categories: service.categories,
      capacityPeople: capacityFor(need, 1, service.shareOfNeed),
      startDate: service.startDate,
      endDate: service.endDate ?? '',
    };
  });
}

/** All services of the ICSs, numbered per ICS in pathway order (e.g. QWU-SVC-001). */
export function commissionedServices(profiles: IcsProfile[], places: Place[]): CommissionedService[] {
  return profiles.flatMap((ics) => {
    const icsPlaces = places.filter((place) => place.icsCode === ics.odsCode);
    const services = [...standardServices(ics, icsPlaces), ...localServices(ics, icsPlaces)];
    services.sort(
      (left, right) =>
        PATHWAY_STAGES.indexOf(left.stage) - PATHWAY_STAGES.indexOf(right.stage) ||
        (left.name < right.name ? -1 : left.name > right.name ? 1 : 0),
    );
    return services.map((service, index) => ({ ...service, serviceCode: `${ics.odsCode}-SVC-${String(index + 1).padStart(3, '0')}` }));
  });
}
