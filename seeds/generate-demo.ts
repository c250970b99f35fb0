/**
 * Writes the demo dataset (seeds/demo/): real ICB and local authority codes from the reference files,
 * with population, JSNA need, services, plans and the inpatient census modelled from the figures in
 * shared/reference/FIGURES.md (and the national totals in demo-generator/national.ts). Deterministic:
 * every run writes byte-identical files.
 *
 *   node --import tsx seeds/generate-demo.ts      (npm run seeds:demo)
 *
 * The modelling assumptions live in demo-generator/assumptions.ts; seeds/demo/README.md explains them,
 * and test/dataset/demo-plausibility.test.ts checks the files against the national figures.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACCOMMODATION_MIX,
  ACCOMMODATION_TYPES,
  ADULT_COHORTS,
  CAPITAL_LOCAL_FACTOR,
  COHORTS,
  DOWRY_SHARE_OF_DISCHARGE,
  FIRST_METRIC_PERIOD_END,
  FIRST_YEAR,
  FUNDING_COVERAGE_2024,
  FUNDING_COVERAGE_ANNUAL_DRIFT,
  FUNDING_MIX,
  HOUSING_COHORTS,
  ICS_WIDE_ACCOMMODATION,
  LAST_ASSESSED_YEAR,
  LAST_PERIOD_END,
  LD_NURSE_LOCAL_FACTOR,
  LD_NURSE_REQUIRED_OVER_IN_POST,
  LD_NURSE_STAGE_SPLIT,
  LEARNING_DISABILITY_NURSE,
  LOCAL_AUTHORITY_DEMOGRAPHY,
  NEED_CATEGORIES,
  PATHWAY_STAGES,
  PLANNED_SHARE_OF_REQUIRED,
  SDF_ANNUAL_GROWTH,
  SDF_STAGE_SPLIT,
  SECTION_75_POOLED_STAGES,
  SERVICE_CALIBRATION_YEAR,
  SHORTAGE_ROLES,
  UNIT_COST_2024,
  UNIT_COST_ANNUAL_INFLATION,
  VACANCY_JITTER,
  VACANCY_RATE,
  WTE_PER_PERSON,
  YEARS,
  type AccommodationType,
  type Cohort,
  type FundingSource,
  type PathwayStage,
} from './demo-generator/assumptions.js';
import { writeAssessmentDemand } from './demo-generator/assessment-demand.js';
import { sortByKey, writeCsv, type CsvRow } from './demo-generator/csv.js';
import { integratedCareSystemsOverTime, placesOverTime, successions2026 } from './demo-generator/boundaries-2026.js';
import { annualChange, placeHomes2025 } from './demo-generator/housing.js';
import { ICS_PROFILES, type IcsProfile } from './demo-generator/ics-profiles.js';
import { censusRows, quarterEnds, type CensusRow } from './demo-generator/inpatients.js';
import { registerRows } from './demo-generator/dynamic-support-register.js';
import { NEED_ROWS, assessedNeed, placesNeed, placesNeedAllCategories, placesResidents, residentPopulation } from './demo-generator/model.js';
import { NATIONAL } from './demo-generator/national.js';
import { personalBudgetRows } from './demo-generator/personal-budgets.js';
import { uniform } from './demo-generator/random.js';
import { loadIntegratedCareBoards, loadPlaces, loadTargets, type Place } from './demo-generator/reference.js';
import { SERVICE_TYPE_BASIS, commissionedServices } from './demo-generator/services.js';
import { trainingRows, trainingTargets } from './demo-generator/training.js';

const OUTPUT_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'demo');

const places = loadPlaces();
const placesOf = (ics: IcsProfile): Place[] => places.filter((place) => place.icsCode === ics.odsCode);
/** Each authority once, in reference-file order. */
const localAuthorities = [...new Map(places.map((place) => [place.laCode, place])).values()];
const census: CensusRow[] = ICS_PROFILES.flatMap((ics) => censusRows(ics, placesOf(ics)));

const money = (amount: number): string => amount.toFixed(2);
const wte = (value: number): string => value.toFixed(2);

/** The ICS's residents as a share of England's (national totals are scaled by it). */
function populationShareOfEngland(ics: IcsProfile, year: number): number {
  return placesResidents(placesOf(ics), 'ALL_AGES', year) / NATIONAL.englandResidents;
}

function checkReferenceMatchesAssumptions(): void {
  for (const authority of localAuthorities) {
    const demography = LOCAL_AUTHORITY_DEMOGRAPHY[authority.laCode];
    if (demography?.name !== authority.laName) {
      throw new Error(`Population assumptions do not cover ${authority.laCode} ${authority.laName}`);
    }
  }
  const icsCodes = new Set(places.map((place) => place.icsCode));
  if (ICS_PROFILES.length !== icsCodes.size || !ICS_PROFILES.every((ics) => icsCodes.has(ics.odsCode))) {
    throw new Error('ICS profiles must match the ICSs in places_sample.csv');
  }
}

function writeIntegratedCareSystems(): number {
  const rows = integratedCareSystemsOverTime(loadIntegratedCareBoards());
  const columns = ['ods_code', 'ons_code', 'name', 'region_ods_code', 'region_name', 'region_ons_code', 'valid_from', 'valid_to'];
  return writeCsv(OUTPUT_FOLDER, 'integrated_care_systems.csv', columns, sortByKey(rows, ['ods_code']));
}

function writeLocalAuthorities(): number {
  const rows: CsvRow[] = localAuthorities.map((authority) => ({
    ons_code: authority.laCode,
    name: authority.laName,
    tier: authority.laTier,
  }));
  return writeCsv(OUTPUT_FOLDER, 'local_authorities.csv', ['ons_code', 'name', 'tier'], sortByKey(rows, ['ons_code']));
}

function writePlaces(): number {
  const columns = ['ics_code', 'la_code', 'population_share', 'valid_from', 'valid_to'];
  return writeCsv(OUTPUT_FOLDER, 'places.csv', columns, sortByKey(placesOverTime(places), ['ics_code', 'la_code', 'valid_from']));
}

function writeIcsSuccessions(): number {
  const columns = ['predecessor_ods_code', 'successor_ods_code', 'effective_date', 'part_moved'];
  return writeCsv(OUTPUT_FOLDER, 'ics_successions.csv', columns, sortByKey(successions2026(), ['predecessor_ods_code', 'successor_ods_code']));
}

function writePopulation(): number {
  const rows: CsvRow[] = [];
  for (const authority of localAuthorities) {
    for (const cohort of COHORTS) {
      for (const year of YEARS) {
        rows.push({ la_code: authority.laCode, cohort, year, people: residentPopulation(authority.laCode, cohort, year) });
      }
    }
  }
  return writeCsv(OUTPUT_FOLDER, 'population.csv', ['la_code', 'cohort', 'year', 'people'], sortByKey(rows, ['la_code', 'cohort', 'year']));
}

function writeNeeds(): number {
  const rows: CsvRow[] = [];
  for (const authority of localAuthorities) {
    for (const cohort of COHORTS) {
      for (const category of NEED_CATEGORIES) {
        for (const { stage, basis } of NEED_ROWS) {
          for (const year of YEARS) {
            const status = year <= LAST_ASSESSED_YEAR ? 'assessed' : 'projection';
            rows.push({
              la_code: authority.laCode,
              cohort,
              need_category: category,
              pathway_stage: stage,
              year,
              people: assessedNeed(authority.laCode, cohort, category, stage, year, basis),
              source: `JSNA 2024 (${authority.laName}) — ${status}`,
              basis,
            });
          }
        }
      }
    }
  }
  const columns = ['la_code', 'cohort', 'need_category', 'pathway_stage', 'year', 'people', 'source', 'basis'];
  return writeCsv(OUTPUT_FOLDER, 'needs.csv', columns, sortByKey(rows, ['la_code', 'cohort', 'need_category', 'pathway_stage', 'year', 'basis']));
}

function writeServices(): number {
  const rows: CsvRow[] = commissionedServices(ICS_PROFILES, places, census).map((service) => ({
    service_code: service.serviceCode,
    name: service.name,
    ics_code: service.icsCode,
    la_code: service.laCode,
    commissioner: service.commissioner,
    provider: service.provider,
    pathway_stage: service.stage,
    cohorts: service.cohorts.join(';'),
    need_categories: service.categories.join(';'),
    capacity_people: service.capacityPeople,
    start_date: service.startDate,
    end_date: service.endDate,
    service_type: service.serviceType,
    // written only where it differs from the type's default (DOMAIN.md: an explicit basis beats the type's)
    capacity_basis: service.basis === SERVICE_TYPE_BASIS[service.serviceType] ? '' : service.basis,
    min_age: service.minAge ?? '',
    max_age: service.maxAge ?? '',
  }));
  const columns = [
    'service_code', 'name', 'ics_code', 'la_code', 'commissioner', 'provider', 'pathway_stage',
    'cohorts', 'need_categories', 'capacity_people', 'start_date', 'end_date',
    'service_type', 'capacity_basis', 'min_age', 'max_age',
  ];
  return writeCsv(OUTPUT_FOLDER, 'services.csv', columns, sortByKey(rows, ['service_code']));
}

/** Bed-spaces of one type in a year, from its 2025/26 stock and the type's yearly change. */
function bedSpaces(stock2025: number, type: AccommodationType, ics: IcsProfile, year: number): number {
  return Math.round(stock2025 * (1 + annualChange(type, ics.odsCode)) ** (year - SERVICE_CALIBRATION_YEAR));
}

function writeHousingPlan(): number {
  const rows: CsvRow[] = [];
  for (const ics of ICS_PROFILES) {
    const icsPlaces = placesOf(ics);
    for (const cohort of HOUSING_COHORTS) {
      for (const type of ACCOMMODATION_TYPES) {
        if (ACCOMMODATION_MIX[cohort][type] === 0) continue;
        // specialist and forensic housing is planned across the ICS; the rest per place
        const lines = ICS_WIDE_ACCOMMODATION.includes(type)
          ? [{ laCode: '', stock: icsPlaces.reduce((total, place) => total + placeHomes2025(place, cohort, [type]), 0) }]
          : icsPlaces.map((place) => ({ laCode: place.laCode, stock: placeHomes2025(place, cohort, [type]) }));
        for (const line of lines) {
          for (const year of YEARS) {
            rows.push({ ics_code: ics.odsCode, la_code: line.laCode, accommodation_type: type, cohort, year, bed_spaces: bedSpaces(line.stock, type, ics, year) });
          }
        }
      }
    }
  }
  const columns = ['ics_code', 'la_code', 'accommodation_type', 'cohort', 'year', 'bed_spaces'];
  return writeCsv(OUTPUT_FOLDER, 'housing_plan.csv', columns, sortByKey(rows, columns.slice(0, 5)));
}

/** Planned WTE as a share of required: shortage professions are planned below need, closing slowly. */
function plannedShareOfRequired(ics: IcsProfile, role: string, year: number): number {
  const plan = SHORTAGE_ROLES.includes(role) ? PLANNED_SHARE_OF_REQUIRED.shortage : PLANNED_SHARE_OF_REQUIRED.other;
  return uniform(`${ics.odsCode}|${role}|planned share`, ...plan.range2024) + plan.annualStep * (year - FIRST_YEAR);
}

/** CASELOAD need of the ICS at a stage (assessments a year for the autism diagnostic clinicians). */
function workforceNeed(ics: IcsProfile, role: string, stage: PathwayStage, year: number): number {
  if (role === 'Autism diagnostic clinician') return placesNeed(placesOf(ics), COHORTS, ['AUTISM'], stage, year, 'PER_YEAR');
  return placesNeedAllCategories(placesOf(ics), COHORTS, stage, year);
}

/**
 * Learning disability nurses in post in 2024/25: the national NHS total × the ICS's population share ×
 * a keyed local factor, split over stages. Required is in post × a keyed ratio in 2024/25, then follows
 * need; planned closes part of the gap; in post for 2025/26 moves a little, and later years repeat it.
 */
function learningDisabilityNurseRows(ics: IcsProfile): CsvRow[] {
  const rows: CsvRow[] = [];
  const icsTotal2024 = NATIONAL.learningDisabilityNurses * populationShareOfEngland(ics, FIRST_YEAR) * uniform(`${ics.odsCode}|ld nurses`, ...LD_NURSE_LOCAL_FACTOR);
  const requiredOverInPost = uniform(`${ics.odsCode}|ld nurses required`, ...LD_NURSE_REQUIRED_OVER_IN_POST);
  for (const [stage, split] of Object.entries(LD_NURSE_STAGE_SPLIT) as [PathwayStage, number][]) {
    const inPost2024 = icsTotal2024 * split;
    const need2024 = placesNeedAllCategories(placesOf(ics), COHORTS, stage, FIRST_YEAR);
    let latestInPost = inPost2024;
    for (const year of YEARS) {
      const required = inPost2024 * requiredOverInPost * (placesNeedAllCategories(placesOf(ics), COHORTS, stage, year) / need2024);
      if (year <= LAST_ASSESSED_YEAR && year > FIRST_YEAR) latestInPost = inPost2024 * (1 + uniform(`${ics.odsCode}|${stage}|${year}|ld nurse change`, -0.02, 0.04));
      rows.push({
        ics_code: ics.odsCode,
        role: LEARNING_DISABILITY_NURSE,
        pathway_stage: stage,
        year,
        wte_in_post: wte(latestInPost),
        wte_planned: wte(Math.max(latestInPost, required * plannedShareOfRequired(ics, LEARNING_DISABILITY_NURSE, year))),
        wte_required: wte(required),
      });
    }
  }
  return rows;
}

function writeWorkforcePlan(): number {
  const rows: CsvRow[] = [];
  for (const ics of ICS_PROFILES) {
    rows.push(...learningDisabilityNurseRows(ics));
    for (const [role, ratios] of Object.entries(WTE_PER_PERSON)) {
      for (const [stage, wtePerPerson] of Object.entries(ratios) as [PathwayStage, number][]) {
        let latestInPost = 0;
        for (const year of YEARS) {
          const required = workforceNeed(ics, role, stage, year) * wtePerPerson;
          const planned = required * plannedShareOfRequired(ics, role, year);
          // staff in post are known for the assessed years; later years repeat the latest count
          if (year <= LAST_ASSESSED_YEAR) {
            const vacancy = VACANCY_RATE[role] + uniform(`${ics.odsCode}|${role}|${stage}|${year}|vacancy`, -VACANCY_JITTER, VACANCY_JITTER);
            latestInPost = planned * (1 - vacancy);
          }
          rows.push({ ics_code: ics.odsCode, role, pathway_stage: stage, year, wte_in_post: wte(latestInPost), wte_planned: wte(planned), wte_required: wte(required) });
        }
      }
    }
  }
  const columns = ['ics_code', 'role', 'pathway_stage', 'year', 'wte_in_post', 'wte_planned', 'wte_required'];
  return writeCsv(OUTPUT_FOLDER, 'workforce_plan.csv', columns, sortByKey(rows, columns.slice(0, 4)));
}

/** Annual cost per person, rounded to pence: the figure unit_costs.csv holds and finance is costed with. */
function unitCost(stage: PathwayStage, cohort: Cohort, year: number): number {
  const cost = UNIT_COST_2024[stage][cohort] * (1 + UNIT_COST_ANNUAL_INFLATION) ** (year - FIRST_YEAR);
  return Math.round(cost * 100) / 100;
}

function writeUnitCosts(): number {
  const rows: CsvRow[] = [];
  for (const stage of PATHWAY_STAGES) {
    for (const cohort of COHORTS) {
      for (const year of YEARS) {
        rows.push({ pathway_stage: stage, cohort, year, annual_cost_per_person_gbp: money(unitCost(stage, cohort, year)) });
      }
    }
  }
  const columns = ['pathway_stage', 'cohort', 'year', 'annual_cost_per_person_gbp'];
  return writeCsv(OUTPUT_FOLDER, 'unit_costs.csv', columns, sortByKey(rows, columns.slice(0, 3)));
}

/** Funding as a share of costed need: close to need in the assessed years, drifting below it after. */
function fundingCoverage(ics: IcsProfile, stage: PathwayStage, year: number): number {
  const start = uniform(`${ics.odsCode}|${stage}|funding coverage`, ...FUNDING_COVERAGE_2024);
  return start - FUNDING_COVERAGE_ANNUAL_DRIFT[stage] * Math.max(0, year - LAST_ASSESSED_YEAR);
}

function isPooled(ics: IcsProfile, source: FundingSource, stage: PathwayStage): boolean {
  if (source === 'BETTER_CARE_FUND') return true;
  const section75Source = source === 'ICB_BASELINE' || source === 'LOCAL_AUTHORITY';
  return ics.section75Pooled && section75Source && SECTION_75_POOLED_STAGES.includes(stage);
}

/** The ICS's fair share of the national LDA service development funding in a year (cash, rising). */
function serviceDevelopmentFunding(ics: IcsProfile, year: number): number {
  return NATIONAL.serviceDevelopmentFundingGbp * populationShareOfEngland(ics, year) * (1 + SDF_ANNUAL_GROWTH) ** (year - FIRST_YEAR);
}

/**
 * Revenue: costed need × funding coverage per stage and cohort. SDF (the ICS's fair share, split over its
 * stages and, within a stage, over cohorts by costed need) and dowries (adult discharges) come first; the
 * rest divides between the ICB, councils and the BCF. Capital: one line a year on adults' housing.
 */
function writeFinancePlan(): number {
  const rows: CsvRow[] = [];
  const line = (ics: IcsProfile, source: FundingSource, stage: PathwayStage, cohort: Cohort, year: number, amount: number, type: 'REVENUE' | 'CAPITAL') =>
    rows.push({
      ics_code: ics.odsCode,
      funding_source: source,
      pathway_stage: stage,
      cohort,
      year,
      amount_gbp: money(amount),
      pooled: isPooled(ics, source, stage),
      expenditure_type: type,
    });
  for (const ics of ICS_PROFILES) {
    const icsPlaces = placesOf(ics);
    for (const stage of PATHWAY_STAGES) {
      for (const year of YEARS) {
        const costed = new Map(COHORTS.map((cohort) => [cohort, placesNeedAllCategories(icsPlaces, [cohort], stage, year) * unitCost(stage, cohort, year)]));
        const stageCosted = [...costed.values()].reduce((total, value) => total + value, 0);
        const stageSdf = serviceDevelopmentFunding(ics, year) * (SDF_STAGE_SPLIT[stage] ?? 0);
        for (const cohort of COHORTS) {
          const costedNeed = costed.get(cohort)!;
          if (costedNeed === 0) continue; // no need at this stage for this cohort (e.g. inpatient beds for under-11s)
          const funding = costedNeed * fundingCoverage(ics, stage, year);
          const sdf = Math.min(funding, (stageSdf * costedNeed) / stageCosted);
          const dowry = stage === 'DISCHARGE_AND_STEP_DOWN' && ADULT_COHORTS.includes(cohort) ? (funding - sdf) * DOWRY_SHARE_OF_DISCHARGE : 0;
          if (sdf > 0) line(ics, 'SERVICE_DEVELOPMENT_FUNDING', stage, cohort, year, sdf, 'REVENUE');
          if (dowry > 0) line(ics, 'DOWRY', stage, cohort, year, dowry, 'REVENUE');
          for (const [source, share] of Object.entries(FUNDING_MIX[stage]) as [FundingSource, number][]) {
            line(ics, source, stage, cohort, year, (funding - sdf - dowry) * share, 'REVENUE');
          }
        }
      }
    }
    for (const year of YEARS) {
      const capital = NATIONAL.capitalGbp * populationShareOfEngland(ics, year) * uniform(`${ics.odsCode}|${year}|capital`, ...CAPITAL_LOCAL_FACTOR);
      line(ics, 'CAPITAL', 'HOUSING_AND_ACCOMMODATION', 'ADULTS', year, capital, 'CAPITAL');
    }
  }
  const columns = ['ics_code', 'funding_source', 'pathway_stage', 'cohort', 'year', 'amount_gbp', 'pooled', 'expenditure_type'];
  return writeCsv(OUTPUT_FOLDER, 'finance_plan.csv', columns, sortByKey(rows, ['ics_code', 'funding_source', 'pathway_stage', 'cohort', 'year', 'expenditure_type']));
}

function writeTargets(): number {
  const { columns, rows: reference } = loadTargets();
  const rows = [...reference, ...ICS_PROFILES.flatMap(trainingTargets)];
  return writeCsv(OUTPUT_FOLDER, 'targets.csv', columns, sortByKey(rows, ['metric_code', 'scope', 'population_group', 'due']));
}

function writeInpatientCensus(): number {
  const rows: CsvRow[] = census.map((row) => ({
    ics_code: row.icsCode,
    population_group: row.populationGroup,
    commissioner: row.commissioner,
    period_end: row.periodEnd,
    inpatients: row.inpatients,
    total_los_5_years_plus: row.totalLos5YearsPlus,
    outside_home_icb: row.outsideHomeIcb,
    admissions: row.admissions,
    transfers: row.transfers,
    discharges: row.discharges,
    cetr_due: row.cetrDue,
    cetr_on_time: row.cetrOnTime,
    status: row.status,
  }));
  const columns = [
    'ics_code', 'population_group', 'commissioner', 'period_end', 'inpatients', 'total_los_5_years_plus', 'outside_home_icb',
    'admissions', 'transfers', 'discharges', 'cetr_due', 'cetr_on_time', 'status',
  ];
  return writeCsv(OUTPUT_FOLDER, 'inpatient_census.csv', columns, sortByKey(rows, columns.slice(0, 4)));
}

/** Oliver McGowan training returns, staff scaled by each ICS's share of England's residents in 2024/25. */
function writeWorkforceTraining(): number {
  const rows = ICS_PROFILES.flatMap((ics) => trainingRows(ics, populationShareOfEngland(ics, 2024)));
  const columns = ['ics_code', 'organisation_type', 'year', 'tier1_in_scope', 'tier1_completed', 'tier2_in_scope', 'tier2_completed'];
  return writeCsv(OUTPUT_FOLDER, 'workforce_training.csv', columns, sortByKey(rows, columns.slice(0, 3)));
}

/** The dynamic support register of each ICS (demo-generator/dynamic-support-register.ts). */
function writeDynamicSupportRegister(): number {
  const rows: CsvRow[] = ICS_PROFILES.flatMap((ics) => registerRows(ics, placesOf(ics))).map((row) => ({
    ics_code: row.icsCode,
    la_code: row.laCode,
    cohort: row.cohort,
    need_category: row.category,
    period_end: row.periodEnd,
    red: row.red,
    amber: row.amber,
    green: row.green,
    blue: row.blue,
    red_with_keyworker: row.withKeyworker?.red ?? null,
    amber_with_keyworker: row.withKeyworker?.amber ?? null,
    blue_with_keyworker: row.withKeyworker?.blue ?? null,
  }));
  const columns = [
    'ics_code', 'la_code', 'cohort', 'need_category', 'period_end', 'red', 'amber', 'green', 'blue',
    'red_with_keyworker', 'amber_with_keyworker', 'blue_with_keyworker',
  ];
  return writeCsv(OUTPUT_FOLDER, 'dynamic_support_register.csv', columns, sortByKey(rows, ['ics_code', 'la_code', 'period_end', 'cohort', 'need_category']));
}

/** A percentage with a trend and a little noise, one decimal, capped at the stated ceiling. */
function percentage(start: number, quarterlyChange: number, quarter: number, noise: number, ceiling: number, key: string): string {
  const value = start + quarterlyChange * quarter + uniform(key, -noise, noise);
  return Math.min(ceiling, value).toFixed(1);
}

/**
 * Quarterly metrics: the inpatient headcounts are the census summed over commissioners (the same
 * numbers, under the targets' metric codes); health checks and LeDeR reviews are percentages.
 */
function writeMetrics(): number {
  const rows: CsvRow[] = [];
  const inpatients = (icsCode: string, group: string, periodEnd: string) =>
    census
      .filter((row) => row.icsCode === icsCode && row.populationGroup === group && row.periodEnd === periodEnd)
      .reduce((total, row) => total + row.inpatients, 0);
  for (const ics of ICS_PROFILES) {
    quarterEnds(FIRST_METRIC_PERIOD_END, LAST_PERIOD_END).forEach((periodEnd, quarter) => {
      const key = `${ics.odsCode}|${periodEnd}`;
      const { metrics } = ics;
      const values: Record<string, string | number> = {
        INPATIENTS_ADULT: inpatients(ics.odsCode, 'AGE_18_PLUS', periodEnd),
        INPATIENTS_UNDER_18: inpatients(ics.odsCode, 'UNDER_18', periodEnd),
        // rolling twelve months, so each quarter compares with the annual 75% target
        AHC_COVERAGE_14_PLUS: percentage(metrics.annualHealthCheckPercent, metrics.annualHealthCheckQuarterlyChange, quarter, 1.2, 95, `${key}|ahc`),
        LEDER_REVIEWS_WITHIN_6_MONTHS: percentage(metrics.lederWithinSixMonthsPercent, metrics.lederQuarterlyChange, quarter, 3, 100, `${key}|leder`),
      };
      for (const [metricCode, value] of Object.entries(values)) {
        rows.push({ ics_code: ics.odsCode, metric_code: metricCode, period_end: periodEnd, value });
      }
    });
  }
  const columns = ['ics_code', 'metric_code', 'period_end', 'value'];
  return writeCsv(OUTPUT_FOLDER, 'metrics.csv', columns, sortByKey(rows, columns.slice(0, 3)));
}

function writePersonalBudgets(): number {
  const columns = [
    'la_code', 'cohort', 'need_category', 'year', 'budget_type', 'delivery_mechanism', 'people', 'annual_spend_gbp', 'integrated',
  ];
  const rows = personalBudgetRows(localAuthorities.map((authority) => authority.laCode));
  return writeCsv(OUTPUT_FOLDER, 'personal_budgets.csv', columns, sortByKey(rows, columns.slice(0, 6)));
}

function main(): void {
  checkReferenceMatchesAssumptions();
  mkdirSync(OUTPUT_FOLDER, { recursive: true });
  const writers: [string, () => number][] = [
    ['integrated_care_systems.csv', writeIntegratedCareSystems],
    ['local_authorities.csv', writeLocalAuthorities],
    ['places.csv', writePlaces],
    ['ics_successions.csv', writeIcsSuccessions],
    ['population.csv', writePopulation],
    ['needs.csv', writeNeeds],
    ['services.csv', writeServices],
    ['housing_plan.csv', writeHousingPlan],
    ['workforce_plan.csv', writeWorkforcePlan],
    ['finance_plan.csv', writeFinancePlan],
    ['unit_costs.csv', writeUnitCosts],
    ['targets.csv', writeTargets],
    ['metrics.csv', writeMetrics],
    ['inpatient_census.csv', writeInpatientCensus],
    ['personal_budgets.csv', writePersonalBudgets],
    ['workforce_training.csv', writeWorkforceTraining],
    ['assessment_demand.csv', () => writeAssessmentDemand(OUTPUT_FOLDER, places)],
    ['dynamic_support_register.csv', writeDynamicSupportRegister],
  ];
  for (const [fileName, write] of writers) {
    console.log(`${fileName.padEnd(30)} ${String(write()).padStart(6)} rows`);
  }
}

main();
