/**
 * Writes a national-scale dataset folder (shared/DOMAIN.md format) for the benchmarks:
 *
 *   npm run bench:data -- --scale <n> [--out <folder>] [--seed <text>]
 *
 * All 42 ICSs, the demo's 40 real authorities and synthetic ones up to about 150, ten years of need
 * (2024–2033) at scale 1. `--scale n` multiplies the years (10 × n, extended backwards once 2100 is
 * reached: the importer accepts 2000–2100), the services of each ICS (one catalogue per ten-year contract
 * round) and every plan line (they are per year) by n. Output is deterministic for a seed, and every file
 * is written through a stream that waits for 'drain', so memory stays flat at any scale.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  ACCOMMODATION_ANNUAL_CHANGE,
  ACCOMMODATION_MIX,
  ADULT_COHORTS,
  CAPITAL_LOCAL_FACTOR,
  DOWRY_SHARE_OF_DISCHARGE,
  FUNDING_COVERAGE_2024,
  FUNDING_COVERAGE_ANNUAL_DRIFT,
  FUNDING_MIX,
  HOUSING_COHORTS,
  HOUSING_COVERAGE_2025,
  HOUSING_PLACE_JITTER,
  ICS_WIDE_ACCOMMODATION,
  LD_NURSE_LOCAL_FACTOR,
  LD_NURSE_REQUIRED_OVER_IN_POST,
  LD_NURSE_STAGE_SPLIT,
  LEARNING_DISABILITY_NURSE,
  PLANNED_SHARE_OF_REQUIRED,
  SDF_ANNUAL_GROWTH,
  SDF_STAGE_SPLIT,
  SECTION_75_POOLED_STAGES,
  SHORTAGE_ROLES,
  SUPPORTED_LIVING_ANNUAL_GROWTH,
  UNIT_COST_2024,
  UNIT_COST_ANNUAL_INFLATION,
  VACANCY_JITTER,
  VACANCY_RATE,
  WTE_PER_PERSON,
  type AccommodationType,
  type FundingSource,
} from '../seeds/demo-generator/assumptions.js';
import { readCsv } from '../seeds/demo-generator/csv.js';
import { NATIONAL } from '../seeds/demo-generator/national.js';
import { SERVICE_TYPE_BASIS } from '../seeds/demo-generator/services.js';
import { buildAreas, type Areas } from './generate/areas.js';
import { CsvFileWriter, type CsvValue } from './generate/csv-stream.js';
import { COHORTS, NEED_CATEGORIES, NEED_ROWS, NeedModel, PATHWAY_STAGES, BASE_YEAR, drift, needIndex, type PathwayStage } from './generate/model.js';
import { KeyedRandom } from './generate/random.js';
import { PROVIDER_NAMES, SERVICE_TEMPLATES } from './generate/services.js';

/** Bump when the generated content changes, so the runner regenerates cached folders. */
export const GENERATOR_VERSION = 5;
export const DEFAULT_SEED = 'ics-needs-graph bench';
const SYNTHETIC_AUTHORITIES = 110;
const YEARS_PER_SCALE = 10;
const IMPORTER_LAST_YEAR = 2100;
const IMPORTER_FIRST_YEAR = 2000;
const LAST_METRIC_QUARTER = { year: 2026, month: 3 };
const QUARTERS_PER_SCALE = 14;
const METRICS = ['AHC_COVERAGE_14_PLUS', 'INPATIENTS_ADULT', 'INPATIENTS_UNDER_18', 'LEDER_REVIEWS_WITHIN_6_MONTHS'];
const CENSUS_COMMISSIONERS = ['ICB', 'NHS_ENGLAND_SPECIALISED', 'PROVIDER_COLLABORATIVE'] as const;
const CENSUS_GROUPS = ['AGE_18_PLUS', 'UNDER_18'] as const;

export interface GenerateOptions {
  scale: number;
  out?: string;
  seed?: string;
}

export interface DatasetManifest {
  generatorVersion: number;
  scale: number;
  seed: string;
  years: [number, number];
  files: Record<string, { rows: number; bytes: number }>;
  rows: number;
  bytes: number;
  elapsedMs: number;
}

export function defaultFolder(scale: number): string {
  return join(import.meta.dirname, 'data', `scale-${scale}`);
}

/** Years covered at a scale: 2024–2033 at scale 1; ten per scale step, ending by 2100. */
export function yearRange(scale: number): [number, number] {
  const count = YEARS_PER_SCALE * scale;
  const first = Math.min(BASE_YEAR, IMPORTER_LAST_YEAR - count + 1);
  if (!Number.isInteger(scale) || scale < 1 || first < IMPORTER_FIRST_YEAR) {
    throw new Error(`--scale must be a whole number from 1 to 10 (years must fit ${IMPORTER_FIRST_YEAR}–${IMPORTER_LAST_YEAR})`);
  }
  return [first, first + count - 1];
}

/** The manifest of a folder written by this generator version at this scale and seed, if there is one. */
export async function readManifest(folder: string): Promise<DatasetManifest | null> {
  try {
    return JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as DatasetManifest;
  } catch {
    return null;
  }
}

export async function generateDataset({ scale, out, seed = DEFAULT_SEED }: GenerateOptions): Promise<DatasetManifest & { folder: string }> {
  const started = performance.now();
  const folder = resolve(out ?? defaultFolder(scale));
  const [firstYear, lastYear] = yearRange(scale);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const random = new KeyedRandom(seed);
  const areas = buildAreas(random, SYNTHETIC_AUTHORITIES);
  const model = new NeedModel(areas, random);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });

  const files: DatasetManifest['files'] = {};
  const write = async (file: string, columns: string[], rows: (emit: (values: CsvValue[]) => Promise<void>) => Promise<void>) => {
    const writer = new CsvFileWriter(join(folder, file), columns);
    await rows((values) => writer.row(values));
    files[file] = await writer.close();
  };
  const context: Context = { areas, model, random, years, scale, firstYear };

  await write('integrated_care_systems.csv', ['ods_code', 'ons_code', 'name', 'region_ods_code', 'region_name', 'region_ons_code'], async (emit) => {
    for (const ics of areas.icss) await emit([ics.odsCode, ics.onsCode, ics.name, ics.regionOdsCode, ics.regionName, ics.regionOnsCode]);
  });
  await write('local_authorities.csv', ['ons_code', 'name', 'tier'], async (emit) => {
    for (const la of areas.localAuthorities) await emit([la.onsCode, la.name, la.tier]);
  });
  await write('places.csv', ['ics_code', 'la_code', 'population_share'], async (emit) => {
    for (const place of areas.places) await emit([place.icsCode, place.laCode, place.shareText]);
  });
  await write('population.csv', ['la_code', 'cohort', 'year', 'people'], async (emit) => {
    for (const la of areas.localAuthorities) {
      for (const cohort of COHORTS) for (const year of years) await emit([la.onsCode, cohort, year, model.population(la, cohort, year)]);
    }
  });
  await write('needs.csv', ['la_code', 'cohort', 'need_category', 'pathway_stage', 'year', 'people', 'source', 'basis'], (emit) => writeNeeds(context, emit));
  await write(
    'services.csv',
    [
      'service_code', 'name', 'ics_code', 'la_code', 'commissioner', 'provider', 'pathway_stage', 'cohorts', 'need_categories', 'capacity_people',
      'start_date', 'end_date', 'service_type', 'capacity_basis', 'min_age', 'max_age',
    ],
    (emit) => writeServices(context, emit),
  );
  await write('housing_plan.csv', ['ics_code', 'la_code', 'accommodation_type', 'cohort', 'year', 'bed_spaces'], (emit) => writeHousing(context, emit));
  await write('workforce_plan.csv', ['ics_code', 'role', 'pathway_stage', 'year', 'wte_in_post', 'wte_planned', 'wte_required'], (emit) => writeWorkforce(context, emit));
  await write('finance_plan.csv', ['ics_code', 'funding_source', 'pathway_stage', 'cohort', 'year', 'amount_gbp', 'pooled', 'expenditure_type'], (emit) =>
    writeFinance(context, emit),
  );
  await write('unit_costs.csv', ['pathway_stage', 'cohort', 'year', 'annual_cost_per_person_gbp'], async (emit) => {
    for (const stage of PATHWAY_STAGES) for (const cohort of COHORTS) for (const year of years) await emit([stage, cohort, year, unitCost(stage, cohort, year).toFixed(2)]);
  });
  const targets = readCsv(join(import.meta.dirname, '..', 'seeds', 'demo', 'targets.csv'));
  const targetColumns = Object.keys(targets[0]);
  await write('targets.csv', targetColumns, async (emit) => {
    for (const row of targets) await emit(targetColumns.map((column) => row[column]));
  });
  const census = censusCounts(context);
  await write('metrics.csv', ['ics_code', 'metric_code', 'period_end', 'value'], (emit) => writeMetrics(context, census, emit));
  await write(
    'inpatient_census.csv',
    [
      'ics_code', 'population_group', 'commissioner', 'period_end', 'inpatients', 'total_los_5_years_plus', 'outside_home_icb',
      'admissions', 'transfers', 'discharges', 'cetr_due', 'cetr_on_time', 'status',
    ],
    (emit) => writeCensus(context, census, emit),
  );

  const manifest: DatasetManifest = {
    generatorVersion: GENERATOR_VERSION,
    scale,
    seed,
    years: [firstYear, lastYear],
    files,
    rows: Object.values(files).reduce((sum, file) => sum + file.rows, 0),
    bytes: Object.values(files).reduce((sum, file) => sum + file.bytes, 0),
    elapsedMs: Math.round(performance.now() - started),
  };
  await writeFile(join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...manifest, folder };
}

interface Context {
  areas: Areas;
  model: NeedModel;
  random: KeyedRandom;
  years: number[];
  scale: number;
  firstYear: number;
}
type Emit = (values: CsvValue[]) => Promise<void>;

async function writeNeeds({ areas, model, years }: Context, emit: Emit): Promise<void> {
  for (const la of areas.localAuthorities) {
    for (const year of years) {
      const vector = model.needs(la.onsCode, year);
      const source = `JSNA ${Math.min(year, BASE_YEAR)} (${la.name}) — ${year <= BASE_YEAR + 1 ? 'assessed' : 'projection'}`;
      for (let c = 0; c < COHORTS.length; c += 1) {
        for (let k = 0; k < NEED_CATEGORIES.length; k += 1) {
          for (let r = 0; r < NEED_ROWS.length; r += 1) {
            const { stage, basis } = NEED_ROWS[r];
            await emit([la.onsCode, COHORTS[c], NEED_CATEGORIES[k], stage, year, vector[needIndex(c, k, r)], source, basis]);
          }
        }
      }
    }
  }
}

/**
 * Each ICS commissions its catalogue once per ten-year contract round: scale n has n rounds, so n × the
 * services, with about the same number active in any one year. The last round runs open-ended, earlier
 * rounds end with their tenth year; about one service in eight is a pilot that ends early.
 */
async function writeServices({ areas, model, random, scale, firstYear }: Context, emit: Emit): Promise<void> {
  for (const ics of areas.icss) {
    let serial = 0;
    for (let round = 0; round < scale; round += 1) {
      const roundStart = firstYear + round * YEARS_PER_SCALE;
      const last = round === scale - 1;
      for (const template of SERVICE_TEMPLATES) {
        const catchments = template.catchment === 'ICS' ? [null] : areas.placesByIcs.get(ics.odsCode)!.map((place) => place.laCode);
        for (const laCode of catchments) {
          serial += 1;
          const key = `${ics.odsCode}|${round}|${template.key}|${laCode ?? ''}`;
          const area = laCode ? areas.laByCode.get(laCode)!.name : ics.shortName;
          const basis = SERVICE_TYPE_BASIS[template.type];
          const need = model.attributed(ics.odsCode, laCode, roundStart + 1, template.stage, template.cohorts, template.categories, basis, template.ages);
          const coverage = random.uniform(`${key}|coverage`, 0.72, 1.06);
          const capacity = Math.max(1, Math.round(coverage * template.shareOfNeed * need));
          // The first round's services began before the data does; later rounds start with their round.
          const startYear = round === 0 ? roundStart - random.int(`${key}|age`, 0, 8) : roundStart;
          const pilot = random.uniform(`${key}|pilot`) < 0.125;
          const endYear = pilot ? roundStart + random.int(`${key}|pilotEnd`, 1, 8) : last ? null : roundStart + YEARS_PER_SCALE - 1;
          const provider = random.pick(`${key}|provider`, PROVIDER_NAMES[template.provider](area));
          const suffix = scale > 1 ? ` (contract ${roundStart}/${String((roundStart + 1) % 100).padStart(2, '0')})` : '';
          await emit([
            `${ics.odsCode}-SVC-${String(serial).padStart(4, '0')}`,
            `${area} ${template.name}${pilot ? ' (pilot)' : ''}${suffix}`,
            ics.odsCode,
            laCode,
            template.commissioner,
            provider,
            template.stage,
            template.cohorts.join(';'),
            template.categories.join(';'),
            capacity,
            `${startYear}-04-01`,
            endYear === null ? null : `${endYear + 1}-03-31`,
            template.type,
            null,
            template.ages.minAge ?? null,
            template.ages.maxAge ?? null,
          ]);
        }
      }
    }
  }
}

/**
 * Bed-spaces by place (supported living, Shared Lives, residential) and ICS-wide (specialist, forensic),
 * from one housing coverage per ICS as in the demo, so homes and the housing-stage support agree.
 */
async function writeHousing({ areas, model, random, years }: Context, emit: Emit): Promise<void> {
  const types = Object.keys(ACCOMMODATION_MIX.ADULTS) as AccommodationType[];
  for (const ics of areas.icss) {
    const growth = random.uniform(`${ics.odsCode}|supportedLiving`, ...SUPPORTED_LIVING_ANNUAL_GROWTH);
    const icsCoverage = random.uniform(`${ics.odsCode}|housing`, ...HOUSING_COVERAGE_2025);
    const catchments: (string | null)[] = [...areas.placesByIcs.get(ics.odsCode)!.map((place) => place.laCode), null];
    for (const laCode of catchments) {
      const coverage = icsCoverage * (1 + random.uniform(`${ics.odsCode}|${laCode}|housing`, -HOUSING_PLACE_JITTER, HOUSING_PLACE_JITTER));
      for (const type of types) {
        if (ICS_WIDE_ACCOMMODATION.includes(type) !== (laCode === null)) continue;
        const rate = type === 'SUPPORTED_LIVING' ? growth : ACCOMMODATION_ANNUAL_CHANGE[type];
        for (const cohort of HOUSING_COHORTS) {
          const mix = ACCOMMODATION_MIX[cohort][type];
          if (mix === 0) continue;
          const base = model.attributed(ics.odsCode, laCode, BASE_YEAR, 'HOUSING_AND_ACCOMMODATION', [cohort], NEED_CATEGORIES) * coverage * mix;
          for (const year of years) await emit([ics.odsCode, laCode, type, cohort, year, Math.round(base * (1 + rate) ** drift(year))]);
        }
      }
    }
  }
}

/** The ICS's residents as a share of England's (national totals are scaled by it). */
function shareOfEngland(model: NeedModel, icsCode: string): number {
  return model.residents(icsCode, 'ALL_AGES', BASE_YEAR) / NATIONAL.englandResidents;
}

/**
 * Learning disability nurses anchored on the national total × population share (as in the demo); other
 * roles from WTE per person needing the stage (autism diagnostic clinicians per assessment a year).
 */
async function writeWorkforce({ areas, model, random, years }: Context, emit: Emit): Promise<void> {
  for (const ics of areas.icss) {
    const nurses = NATIONAL.learningDisabilityNurses * shareOfEngland(model, ics.odsCode) * random.uniform(`${ics.odsCode}|ldNurses`, ...LD_NURSE_LOCAL_FACTOR);
    const requiredOverInPost = random.uniform(`${ics.odsCode}|ldNursesRequired`, ...LD_NURSE_REQUIRED_OVER_IN_POST);
    const nurseShare = random.uniform(`${ics.odsCode}|${LEARNING_DISABILITY_NURSE}|planned`, ...PLANNED_SHARE_OF_REQUIRED.shortage.range2024);
    for (const [stage, split] of Object.entries(LD_NURSE_STAGE_SPLIT) as [PathwayStage, number][]) {
      const base = model.attributed(ics.odsCode, null, BASE_YEAR, stage, COHORTS, NEED_CATEGORIES);
      for (const year of years) {
        const inPost = nurses * split;
        const required = inPost * requiredOverInPost * (base > 0 ? model.attributed(ics.odsCode, null, year, stage, COHORTS, NEED_CATEGORIES) / base : 1);
        const planned = Math.max(inPost, required * (nurseShare + PLANNED_SHARE_OF_REQUIRED.shortage.annualStep * drift(year)));
        await emit([ics.odsCode, LEARNING_DISABILITY_NURSE, stage, year, inPost.toFixed(2), planned.toFixed(2), required.toFixed(2)]);
      }
    }
    for (const [role, perPerson] of Object.entries(WTE_PER_PERSON)) {
      const plan = SHORTAGE_ROLES.includes(role) ? PLANNED_SHARE_OF_REQUIRED.shortage : PLANNED_SHARE_OF_REQUIRED.other;
      const share2024 = random.uniform(`${ics.odsCode}|${role}|planned`, ...plan.range2024);
      for (const stage of PATHWAY_STAGES) {
        const wtePerPerson = perPerson[stage];
        if (wtePerPerson === undefined) continue;
        for (const year of years) {
          const need =
            role === 'Autism diagnostic clinician'
              ? model.attributed(ics.odsCode, null, year, stage, COHORTS, ['AUTISM'], 'PER_YEAR')
              : model.attributed(ics.odsCode, null, year, stage, COHORTS, NEED_CATEGORIES);
          const required = need * wtePerPerson;
          const planned = required * (share2024 + plan.annualStep * drift(year));
          const vacancy = VACANCY_RATE[role] + random.uniform(`${ics.odsCode}|${role}|${year}|vacancy`, -VACANCY_JITTER, VACANCY_JITTER);
          await emit([ics.odsCode, role, stage, year, (planned * (1 - vacancy)).toFixed(2), planned.toFixed(2), required.toFixed(2)]);
        }
      }
    }
  }
}

function unitCost(stage: (typeof PATHWAY_STAGES)[number], cohort: (typeof COHORTS)[number], year: number): number {
  return UNIT_COST_2024[stage][cohort] * (1 + UNIT_COST_ANNUAL_INFLATION) ** (year - BASE_YEAR);
}

/**
 * Revenue lines (costed need × a drifting coverage; SDF at its national scale × population share first,
 * dowries on adult discharge, the rest by the stage's mix) and one capital line a year on adults' housing.
 */
async function writeFinance({ areas, model, random, years }: Context, emit: Emit): Promise<void> {
  for (const ics of areas.icss) {
    const section75 = random.uniform(`${ics.odsCode}|section75`) < 0.3;
    const share = shareOfEngland(model, ics.odsCode);
    const pooled = (source: FundingSource, stage: PathwayStage) =>
      source === 'BETTER_CARE_FUND' || (section75 && (source === 'ICB_BASELINE' || source === 'LOCAL_AUTHORITY') && SECTION_75_POOLED_STAGES.includes(stage));
    for (const stage of PATHWAY_STAGES) {
      const coverage2024 = random.uniform(`${ics.odsCode}|${stage}|funding`, ...FUNDING_COVERAGE_2024);
      for (const year of years) {
        const costed = COHORTS.map((cohort) => model.attributed(ics.odsCode, null, year, stage, [cohort], NEED_CATEGORIES) * unitCost(stage, cohort, year));
        const stageCosted = costed.reduce((sum, value) => sum + value, 0);
        const stageSdf = NATIONAL.serviceDevelopmentFundingGbp * share * (1 + SDF_ANNUAL_GROWTH) ** drift(year) * (SDF_STAGE_SPLIT[stage] ?? 0);
        const coverage = coverage2024 - FUNDING_COVERAGE_ANNUAL_DRIFT[stage] * Math.max(0, drift(year) - 1);
        for (const [c, cohort] of COHORTS.entries()) {
          if (costed[c] <= 0) continue;
          const funding = costed[c] * coverage;
          const sdf = Math.min(funding, (stageSdf * costed[c]) / stageCosted);
          const dowry = stage === 'DISCHARGE_AND_STEP_DOWN' && ADULT_COHORTS.includes(cohort) ? (funding - sdf) * DOWRY_SHARE_OF_DISCHARGE : 0;
          if (sdf > 0) await emit([ics.odsCode, 'SERVICE_DEVELOPMENT_FUNDING', stage, cohort, year, sdf.toFixed(2), false, 'REVENUE']);
          if (dowry > 0) await emit([ics.odsCode, 'DOWRY', stage, cohort, year, dowry.toFixed(2), false, 'REVENUE']);
          for (const [source, mix] of Object.entries(FUNDING_MIX[stage]) as [FundingSource, number][]) {
            await emit([ics.odsCode, source, stage, cohort, year, ((funding - sdf - dowry) * mix).toFixed(2), pooled(source, stage), 'REVENUE']);
          }
        }
      }
    }
    for (const year of years) {
      const capital = NATIONAL.capitalGbp * share * random.uniform(`${ics.odsCode}|${year}|capital`, ...CAPITAL_LOCAL_FACTOR);
      await emit([ics.odsCode, 'CAPITAL', 'HOUSING_AND_ACCOMMODATION', 'ADULTS', year, capital.toFixed(2), false, 'CAPITAL']);
    }
  }
}

/** Quarter ends back from 2026-03-31, 14 per scale step (metrics and the inpatient census). */
function quarterEnds(scale: number): string[] {
  const quarters: string[] = [];
  let { year, month } = LAST_METRIC_QUARTER;
  for (let n = 0; n < QUARTERS_PER_SCALE * scale; n += 1) {
    const day = month === 3 || month === 12 ? 31 : 30;
    quarters.unshift(`${year}-${String(month).padStart(2, '0')}-${day}`);
    month -= 3;
    if (month <= 0) [month, year] = [month + 12, year - 1];
  }
  return quarters;
}

/** Inpatients per ICS, group, commissioner and quarter: a rate per million around the national one, falling. */
type CensusCounts = Map<string, number[]>;
const censusKey = (icsCode: string, group: string, commissioner: string) => `${icsCode}|${group}|${commissioner}`;
const COMMISSIONER_SHARE: Record<(typeof CENSUS_GROUPS)[number], Record<(typeof CENSUS_COMMISSIONERS)[number], number>> = {
  AGE_18_PLUS: { ICB: 0.55, PROVIDER_COLLABORATIVE: 0.33, NHS_ENGLAND_SPECIALISED: 0.12 },
  UNDER_18: { ICB: 0.05, PROVIDER_COLLABORATIVE: 0.8, NHS_ENGLAND_SPECIALISED: 0.15 },
};

function censusCounts({ areas, model, random, scale }: Context): CensusCounts {
  const quarters = quarterEnds(scale);
  const counts: CensusCounts = new Map();
  for (const ics of areas.icss) {
    const fall = random.uniform(`${ics.odsCode}|inpatientFall`, 0.02, 0.06);
    for (const group of CENSUS_GROUPS) {
      // England: about 40 adults and 18 under-18s per million in March 2024 (FIGURES.md); ICSs vary about it
      const rate = group === 'UNDER_18' ? random.uniform(`${ics.odsCode}|u18Rate`, 10, 26) : random.uniform(`${ics.odsCode}|adultRate`, 25, 58);
      const residents = model.residents(ics.odsCode, group, BASE_YEAR);
      const totals = quarters.map((periodEnd, n) => {
        const yearsFromMarch2024 = Math.max(-MAX_CENSUS_YEARS, (n - (quarters.length - 9)) / 4);
        const noise = random.uniform(`${ics.odsCode}|${group}|${periodEnd}`, -1, 1);
        return Math.max(0, Math.round((rate * residents * (1 - fall) ** yearsFromMarch2024) / 1e6 + noise));
      });
      const shares = COMMISSIONER_SHARE[group];
      const icb = totals.map((total) => Math.round(total * shares.ICB));
      const collaborative = totals.map((total, n) => Math.min(total - icb[n], Math.round(total * shares.PROVIDER_COLLABORATIVE)));
      counts.set(censusKey(ics.odsCode, group, 'ICB'), icb);
      counts.set(censusKey(ics.odsCode, group, 'PROVIDER_COLLABORATIVE'), collaborative);
      counts.set(censusKey(ics.odsCode, group, 'NHS_ENGLAND_SPECIALISED'), totals.map((total, n) => total - icb[n] - collaborative[n]));
    }
  }
  return counts;
}
/** Growth is compounded over at most this many years back from March 2024, as for need. */
const MAX_CENSUS_YEARS = 15;

async function writeCensus({ areas, random, scale }: Context, counts: CensusCounts, emit: Emit): Promise<void> {
  const quarters = quarterEnds(scale);
  for (const ics of areas.icss) {
    for (const group of CENSUS_GROUPS) {
      for (const commissioner of CENSUS_COMMISSIONERS) {
        const series = counts.get(censusKey(ics.odsCode, group, commissioner))!;
        for (const [n, periodEnd] of quarters.entries()) {
          const inpatients = series[n];
          const before = n === 0 ? inpatients : series[n - 1];
          const admissions = Math.max(inpatients - before, Math.round(inpatients * (group === 'UNDER_18' ? 0.5 : 0.1)));
          const discharges = before + admissions - inpatients;
          const longStay = group === 'UNDER_18' ? 0 : Math.round(inpatients * (commissioner === 'ICB' ? 0.22 : 0.5));
          const outside = Math.round(inpatients * (commissioner === 'ICB' ? 0.3 : 0.65));
          const due = Math.round(inpatients * (group === 'UNDER_18' ? 1 : 0.35)) + admissions;
          const onTime = Math.round(due * random.uniform(`${ics.odsCode}|${group}|${commissioner}|${periodEnd}|cetr`, 0.72, 0.95));
          const transfers = Math.round(inpatients * (group === 'UNDER_18' ? 0.1 : 0.04));
          const status = n === quarters.length - 1 ? 'PROVISIONAL' : 'FINAL';
          await emit([ics.odsCode, group, commissioner, periodEnd, inpatients, longStay, outside, admissions, transfers, discharges, due, onTime, status]);
        }
      }
    }
  }
}

/** Four outcome metrics per ICS and quarter; the inpatient ones repeat the census headcounts. */
async function writeMetrics({ areas, random, scale }: Context, counts: CensusCounts, emit: Emit): Promise<void> {
  const quarters = quarterEnds(scale);
  const headcount = (icsCode: string, group: string, n: number) =>
    CENSUS_COMMISSIONERS.reduce((sum, commissioner) => sum + counts.get(censusKey(icsCode, group, commissioner))![n], 0);
  for (const ics of areas.icss) {
    const start = {
      AHC_COVERAGE_14_PLUS: random.uniform(`${ics.odsCode}|ahc`, 62, 78),
      LEDER_REVIEWS_WITHIN_6_MONTHS: random.uniform(`${ics.odsCode}|leder`, 35, 70),
    };
    for (const metric of METRICS) {
      for (const [n, periodEnd] of quarters.entries()) {
        const step = n - (quarters.length - QUARTERS_PER_SCALE);
        const noise = random.uniform(`${ics.odsCode}|${metric}|${periodEnd}`, -1, 1);
        let value: string;
        if (metric === 'AHC_COVERAGE_14_PLUS') value = clamp(start.AHC_COVERAGE_14_PLUS + 0.4 * step + noise, 20, 99).toFixed(1);
        else if (metric === 'LEDER_REVIEWS_WITHIN_6_MONTHS') value = clamp(start.LEDER_REVIEWS_WITHIN_6_MONTHS + 2 * step + 2 * noise, 5, 99).toFixed(1);
        else value = String(headcount(ics.odsCode, metric === 'INPATIENTS_ADULT' ? 'AGE_18_PLUS' : 'UNDER_18', n));
        await emit([ics.odsCode, metric, periodEnd, value]);
      }
    }
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '1' }, out: { type: 'string' }, seed: { type: 'string', default: DEFAULT_SEED } },
  });
  const scale = Number(values.scale);
  try {
    const manifest = await generateDataset({ scale, out: values.out, seed: values.seed });
    const mb = (manifest.bytes / 1e6).toFixed(1);
    console.log(`wrote ${manifest.folder}: ${manifest.rows.toLocaleString('en-GB')} rows, ${mb} MB, years ${manifest.years.join('–')}, in ${(manifest.elapsedMs / 1000).toFixed(1)} s`);
    for (const [file, { rows }] of Object.entries(manifest.files)) console.log(`  ${file.padEnd(28)} ${rows.toLocaleString('en-GB').padStart(10)} rows`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
