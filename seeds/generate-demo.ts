/**
 * Writes the demo dataset (seeds/demo/): real ICB and local authority codes from the reference files,
 * with population, JSNA need, services and plans modelled from the figures in
 * shared/reference/FIGURES.md. Deterministic: every run writes byte-identical files.
 *
 *   node --import tsx seeds/generate-demo.ts      (npm run seeds:demo)
 *
 * The modelling assumptions live in demo-generator/assumptions.ts; seeds/demo/README.md explains them.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACCOMMODATION_ANNUAL_CHANGE,
  ACCOMMODATION_MIX,
  ACCOMMODATION_TYPES,
  COHORTS,
  FIRST_METRIC_PERIOD_END,
  FIRST_YEAR,
  FUNDING_COVERAGE_2024,
  FUNDING_COVERAGE_ANNUAL_DRIFT,
  FUNDING_MIX,
  FUNDING_SOURCES,
  HOUSING_COHORTS,
  HOUSING_STOCK_COVERAGE_2024,
  ICS_WIDE_ACCOMMODATION,
  LAST_ASSESSED_YEAR,
  LAST_METRIC_PERIOD_END,
  LOCAL_AUTHORITY_DEMOGRAPHY,
  NEED_CATEGORIES,
  PATHWAY_STAGES,
  PLANNED_SHARE_OF_REQUIRED,
  SECTION_75_POOLED_STAGES,
  SHORTAGE_ROLES,
  SUPPORTED_LIVING_ANNUAL_GROWTH,
  UNIT_COST_2024,
  UNIT_COST_ANNUAL_INFLATION,
  VACANCY_JITTER,
  VACANCY_RATE,
  WTE_PER_PERSON,
  YEARS,
  type AccommodationType,
  type Cohort,
  type FundingSource,
  type HousingCohort,
  type PathwayStage,
} from './demo-generator/assumptions.js';
import { sortByKey, writeCsv, type CsvRow } from './demo-generator/csv.js';
import { ICS_PROFILES, type IcsProfile } from './demo-generator/ics-profiles.js';
import { assessedNeed, placeNeed, placesNeedAllCategories, placesResidents, residentPopulation } from './demo-generator/model.js';
import { uniform } from './demo-generator/random.js';
import { loadIntegratedCareBoards, loadPlaces, loadTargets, type Place } from './demo-generator/reference.js';
import { commissionedServices } from './demo-generator/services.js';

const OUTPUT_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'demo');

const places = loadPlaces();
const placesOf = (ics: IcsProfile): Place[] => places.filter((place) => place.icsCode === ics.odsCode);
/** Each authority once, in reference-file order. */
const localAuthorities = [...new Map(places.map((place) => [place.laCode, place])).values()];

const money = (amount: number): string => amount.toFixed(2);
const wte = (value: number): string => value.toFixed(2);

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
  const rows: CsvRow[] = loadIntegratedCareBoards().map((icb) => ({
    ods_code: icb.odsCode,
    ons_code: icb.onsCode,
    name: icb.name,
    region_ods_code: icb.regionOdsCode,
    region_name: icb.regionName,
    region_ons_code: icb.regionOnsCode,
  }));
  const columns = ['ods_code', 'ons_code', 'name', 'region_ods_code', 'region_name', 'region_ons_code'];
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
  const rows: CsvRow[] = places.map((place) => ({
    ics_code: place.icsCode,
    la_code: place.laCode,
    population_share: place.populationShareText,
  }));
  return writeCsv(OUTPUT_FOLDER, 'places.csv', ['ics_code', 'la_code', 'population_share'], sortByKey(rows, ['ics_code', 'la_code']));
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
        for (const stage of PATHWAY_STAGES) {
          for (const year of YEARS) {
            const status = year <= LAST_ASSESSED_YEAR ? 'assessed' : 'projection';
            rows.push({
              la_code: authority.laCode,
              cohort,
              need_category: category,
              pathway_stage: stage,
              year,
              people: assessedNeed(authority.laCode, cohort, category, stage, year),
              source: `JSNA 2024 (${authority.laName}) — ${status}`,
            });
          }
        }
      }
    }
  }
  const columns = ['la_code', 'cohort', 'need_category', 'pathway_stage', 'year', 'people', 'source'];
  return writeCsv(OUTPUT_FOLDER, 'needs.csv', columns, sortByKey(rows, ['la_code', 'cohort', 'need_category', 'pathway_stage', 'year']));
}

function writeServices(): number {
  const rows: CsvRow[] = commissionedServices(ICS_PROFILES, places).map((service) => ({
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
  }));
  const columns = [
    'service_code', 'name', 'ics_code', 'la_code', 'commissioner', 'provider', 'pathway_stage',
    'cohorts', 'need_categories', 'capacity_people', 'start_date', 'end_date',
  ];
  return writeCsv(OUTPUT_FOLDER, 'services.csv', columns, sortByKey(rows, ['service_code']));
}

/** Bed-spaces of one type in a year, from its 2024 stock and the type's yearly change. */
function bedSpaces(stock2024: number, type: AccommodationType, ics: IcsProfile, year: number): number {
  const annualChange =
    type === 'SUPPORTED_LIVING'
      ? uniform(`${ics.odsCode}|supported living growth`, ...SUPPORTED_LIVING_ANNUAL_GROWTH)
      : ACCOMMODATION_ANNUAL_CHANGE[type];
  return Math.round(stock2024 * (1 + annualChange) ** (year - FIRST_YEAR));
}

/** 2024 bed-spaces of a place and cohort, all types together: a keyed share of that year's housing need. */
function placeStock2024(place: Place, cohort: HousingCohort): number {
  const coverage = uniform(`${place.icsCode}|${place.laCode}|housing stock`, ...HOUSING_STOCK_COVERAGE_2024);
  return placeNeed(place, [cohort], NEED_CATEGORIES, 'HOUSING_AND_ACCOMMODATION', FIRST_YEAR) * coverage;
}

function writeHousingPlan(): number {
  const rows: CsvRow[] = [];
  for (const ics of ICS_PROFILES) {
    const icsPlaces = placesOf(ics);
    for (const cohort of HOUSING_COHORTS) {
      for (const type of ACCOMMODATION_TYPES) {
        const mix = ACCOMMODATION_MIX[cohort][type];
        if (mix === 0) continue;
        // specialist and forensic housing is planned across the ICS; the rest per place
        const lines = ICS_WIDE_ACCOMMODATION.includes(type)
          ? [{ laCode: '', stock: icsPlaces.reduce((total, place) => total + placeStock2024(place, cohort), 0) * mix }]
          : icsPlaces.map((place) => ({ laCode: place.laCode, stock: placeStock2024(place, cohort) * mix }));
        for (const line of lines) {
          for (const year of YEARS) {
            rows.push({
              ics_code: ics.odsCode,
              la_code: line.laCode,
              accommodation_type: type,
              cohort,
              year,
              bed_spaces: bedSpaces(line.stock, type, ics, year),
            });
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

function writeWorkforcePlan(): number {
  const rows: CsvRow[] = [];
  for (const ics of ICS_PROFILES) {
    const icsPlaces = placesOf(ics);
    for (const [role, ratios] of Object.entries(WTE_PER_PERSON)) {
      for (const [stage, wtePerPerson] of Object.entries(ratios) as [PathwayStage, number][]) {
        let latestInPost = 0;
        for (const year of YEARS) {
          const required = placesNeedAllCategories(icsPlaces, COHORTS, stage, year) * wtePerPerson;
          const planned = required * plannedShareOfRequired(ics, role, year);
          // staff in post are known for the assessed years; later years repeat the latest count
          if (year <= LAST_ASSESSED_YEAR) {
            const vacancy = VACANCY_RATE[role] + uniform(`${ics.odsCode}|${role}|${stage}|${year}|vacancy`, -VACANCY_JITTER, VACANCY_JITTER);
            latestInPost = planned * (1 - vacancy);
          }
          rows.push({
            ics_code: ics.odsCode,
            role,
            pathway_stage: stage,
            year,
            wte_in_post: wte(latestInPost),
            wte_planned: wte(planned),
            wte_required: wte(required),
          });
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

function writeFinancePlan(): number {
  const rows: CsvRow[] = [];
  for (const ics of ICS_PROFILES) {
    const icsPlaces = placesOf(ics);
    for (const stage of PATHWAY_STAGES) {
      for (const cohort of COHORTS) {
        for (const year of YEARS) {
          const costedNeed = placesNeedAllCategories(icsPlaces, [cohort], stage, year) * unitCost(stage, cohort, year);
          if (costedNeed === 0) continue; // no need at this stage for this cohort (e.g. inpatient beds for under-11s)
          const funding = costedNeed * fundingCoverage(ics, stage, year);
          for (const source of FUNDING_SOURCES) {
            const share = FUNDING_MIX[stage][source];
            if (!share) continue;
            rows.push({
              ics_code: ics.odsCode,
              funding_source: source,
              pathway_stage: stage,
              cohort,
              year,
              amount_gbp: money(funding * share),
              pooled: isPooled(ics, source, stage),
            });
          }
        }
      }
    }
  }
  const columns = ['ics_code', 'funding_source', 'pathway_stage', 'cohort', 'year', 'amount_gbp', 'pooled'];
  return writeCsv(OUTPUT_FOLDER, 'finance_plan.csv', columns, sortByKey(rows, columns.slice(0, 5)));
}

function writeTargets(): number {
  const { columns, rows } = loadTargets();
  return writeCsv(OUTPUT_FOLDER, 'targets.csv', columns, sortByKey(rows, ['metric_code', 'scope', 'due']));
}

/** Quarter-end dates (YYYY-MM-DD) from the first to the last reported period, inclusive. */
function quarterEnds(first: string, last: string): string[] {
  const quarterEndDays = ['03-31', '06-30', '09-30', '12-31'];
  const dates: string[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    for (const day of quarterEndDays) {
      const date = `${year}-${day}`;
      if (date >= first && date <= last) dates.push(date);
    }
  }
  return dates;
}

/**
 * Inpatient metrics hold the count of people in hospital (as Assuring Transformation publishes it);
 * the platform divides by population. The count follows a falling rate per million, with ±1 noise.
 */
function inpatientCount(ics: IcsProfile, perMillionAtStart: number, residents: number, quarter: number, key: string): number {
  const rate = perMillionAtStart * (1 - ics.metrics.inpatientQuarterlyFall) ** quarter;
  return Math.max(0, Math.round((rate * residents) / 1_000_000 + uniform(key, -1, 1)));
}

/** A percentage with a trend and a little noise, one decimal, capped at the stated ceiling. */
function percentage(start: number, quarterlyChange: number, quarter: number, noise: number, ceiling: number, key: string): string {
  const value = start + quarterlyChange * quarter + uniform(key, -noise, noise);
  return Math.min(ceiling, value).toFixed(1);
}

function writeMetrics(): number {
  const rows: CsvRow[] = [];
  for (const ics of ICS_PROFILES) {
    const icsPlaces = placesOf(ics);
    const adults = placesResidents(icsPlaces, 'ADULTS_18_PLUS', FIRST_YEAR);
    const under18s = placesResidents(icsPlaces, 'UNDER_18', FIRST_YEAR);
    quarterEnds(FIRST_METRIC_PERIOD_END, LAST_METRIC_PERIOD_END).forEach((periodEnd, quarter) => {
      const key = `${ics.odsCode}|${periodEnd}`;
      const { metrics } = ics;
      const values: Record<string, string | number> = {
        INPATIENTS_ADULT_PER_MILLION: inpatientCount(ics, metrics.adultInpatientsPerMillion, adults, quarter, `${key}|adult inpatients`),
        INPATIENTS_U18_PER_MILLION: inpatientCount(ics, metrics.under18InpatientsPerMillion, under18s, quarter, `${key}|u18 inpatients`),
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

function main(): void {
  checkReferenceMatchesAssumptions();
  mkdirSync(OUTPUT_FOLDER, { recursive: true });
  const writers: [string, () => number][] = [
    ['integrated_care_systems.csv', writeIntegratedCareSystems],
    ['local_authorities.csv', writeLocalAuthorities],
    ['places.csv', writePlaces],
    ['population.csv', writePopulation],
    ['needs.csv', writeNeeds],
    ['services.csv', writeServices],
    ['housing_plan.csv', writeHousingPlan],
    ['workforce_plan.csv', writeWorkforcePlan],
    ['finance_plan.csv', writeFinancePlan],
    ['unit_costs.csv', writeUnitCosts],
    ['targets.csv', writeTargets],
    ['metrics.csv', writeMetrics],
  ];
  for (const [fileName, write] of writers) {
    console.log(`${fileName.padEnd(30)} ${String(write()).padStart(6)} rows`);
  }
}

main();
