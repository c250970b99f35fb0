import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Real codes to build random datasets from. */
const ICSS = [
  ['QWU', 'E54000018', 'NHS Coventry and Warwickshire Integrated Care Board', 'Y60', 'Midlands', 'E40000011'],
  ['QNQ', 'E54000034', 'NHS Frimley Integrated Care Board', 'Y59', 'South East', 'E40000005'],
  ['QRL', 'E54000042', 'NHS Hampshire and Isle of Wight Integrated Care Board', 'Y59', 'South East', 'E40000005'],
] as const;
const LAS = [
  ['E08000026', 'Coventry', 'METROPOLITAN_DISTRICT'],
  ['E10000031', 'Warwickshire', 'COUNTY'],
  ['E10000014', 'Hampshire', 'COUNTY'],
  ['E06000045', 'Southampton', 'UNITARY'],
  ['E06000039', 'Slough', 'UNITARY'],
] as const;
const COHORTS = ['CHILDREN_14_17', 'YOUNG_ADULTS_18_25', 'ADULTS', 'OLDER_ADULTS'];
const CATEGORIES = ['LEARNING_DISABILITY', 'AUTISM'];
const STAGES = ['COMMUNITY_SUPPORT', 'HOUSING_AND_ACCOMMODATION'];
const YEARS = [2025, 2026];
/** Starts and ends around the financial-year boundaries of 2025/26 and 2026/27. */
const STARTS = ['2023-04-01', '2025-03-31', '2025-04-01', '2026-04-01'];
const ENDS = [null, '2025-03-31', '2026-03-31', '2026-09-30'];
/** Service ages: none, or limits that cut cohort bands (and may miss a listed cohort altogether). */
const MIN_AGES = [null, null, 18, 30, 70];
const MAX_AGES = [null, null, 17, 40, 64];
const BASES = ['CASELOAD', 'PER_YEAR'] as const;
type Basis = (typeof BASES)[number];

/** Shares of a split authority, as exact decimals that add up to 1. */
const SPLITS = [['0.86', '0.14'], ['0.5', '0.5'], ['0.333333', '0.666667']] as const;

export interface Place { ics: string; la: string; share: string }
export interface Service {
  code: string; ics: string; la: string | null; stage: string; cohorts: string[]; categories: string[];
  capacity: number; start: string; end: string | null;
  /** The capacity_basis column: null leaves it blank (CASELOAD, as no service type is given). */
  basis: Basis | null; minAge: number | null; maxAge: number | null;
}
export interface GeneratedDataset {
  places: Place[];
  needs: { la: string; cohort: string; category: string; stage: string; year: number; people: number; basis: Basis }[];
  services: Service[];
  housing: { ics: string; la: string | null; type: string; cohort: string; year: number; beds: number }[];
}

const placesArbitrary = fc
  .tuple(...LAS.map(() => fc.record({ ics: fc.nat(ICSS.length - 1), other: fc.nat(ICSS.length - 1), split: fc.nat(SPLITS.length) })))
  .map((choices) =>
    choices.flatMap(({ ics, other, split }, i): Place[] => {
      const la = LAS[i][0];
      if (split === SPLITS.length || other === ics) return [{ ics: ICSS[ics][0], la, share: '1' }];
      return [{ ics: ICSS[ics][0], la, share: SPLITS[split][0] }, { ics: ICSS[other][0], la, share: SPLITS[split][1] }];
    }),
  );

/** Random datasets: authorities whole or split between two ICSs, JSNA needs, services and housing lines. */
export const datasetArbitrary: fc.Arbitrary<GeneratedDataset> = placesArbitrary.chain((places) => {
  const placeOf = (ics: string, pick: number | null) => {
    const own = places.filter((place) => place.ics === ics);
    return pick === null || own.length === 0 ? null : own[pick % own.length].la;
  };
  const icsWithPlaces = [...new Set(places.map((place) => place.ics))];
  const needs = fc.uniqueArray(
    fc.record({
      la: fc.constantFrom(...LAS.map((la) => la[0])),
      cohort: fc.constantFrom(...COHORTS),
      category: fc.constantFrom(...CATEGORIES),
      stage: fc.constantFrom(...STAGES),
      year: fc.constantFrom(...YEARS),
      people: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
      basis: fc.constantFrom(...BASES),
    }),
    { minLength: 1, maxLength: 30, selector: (n) => [n.la, n.cohort, n.category, n.stage, n.year, n.basis].join() },
  );
  const services = fc.array(
    fc.record({
      ics: fc.constantFrom(...icsWithPlaces),
      pick: fc.option(fc.nat(3)),
      stage: fc.constantFrom(...STAGES),
      cohorts: fc.subarray(COHORTS, { minLength: 1 }),
      categories: fc.subarray(CATEGORIES, { minLength: 1 }),
      capacity: fc.integer({ min: 0, max: 80 }),
      start: fc.constantFrom(...STARTS),
      end: fc.constantFrom(...ENDS),
      basis: fc.constantFrom(null, ...BASES),
      minAge: fc.constantFrom(...MIN_AGES),
      maxAge: fc.constantFrom(...MAX_AGES),
    }),
    { maxLength: 6 },
  );
  const housing = fc.uniqueArray(
    fc.record({
      ics: fc.constantFrom(...icsWithPlaces),
      pick: fc.option(fc.nat(3)),
      type: fc.constantFrom('SUPPORTED_LIVING', 'SPECIALIST_HOUSING'),
      cohort: fc.constantFrom(...COHORTS),
      year: fc.constantFrom(...YEARS),
      beds: fc.integer({ min: 0, max: 40 }),
    }),
    { maxLength: 5, selector: (h) => [h.ics, h.pick, h.type, h.cohort, h.year].join() },
  );
  return fc.record({ needs, services, housing }).map(({ needs, services, housing }) => ({
    places,
    needs,
    services: services
      .filter((s) => (s.end === null || s.end >= s.start) && (s.minAge === null || s.maxAge === null || s.minAge <= s.maxAge))
      .map(({ pick, ...s }, i) => ({ ...s, code: `GEN-${i}`, la: placeOf(s.ics, pick) })),
    // One line per natural key once catchments are resolved.
    housing: [
      ...new Map(
        housing.map(({ pick, ...h }) => {
          const line = { ...h, la: placeOf(h.ics, pick) };
          return [[line.ics, line.la, line.type, line.cohort, line.year].join(), line] as const;
        }),
      ).values(),
    ],
  }));
});

const csv = (header: string, rows: (string | number | null)[][]) =>
  [header, ...rows.map((row) => row.map((value) => value ?? '').join(','))].join('\n') + '\n';

/** Writes the dataset as a folder in the import format. */
export function writeDataset(folder: string, data: GeneratedDataset): void {
  mkdirSync(folder, { recursive: true });
  const files: Record<string, string> = {
    'integrated_care_systems.csv': csv('ods_code,ons_code,name,region_ods_code,region_name,region_ons_code', ICSS.map((ics) => [...ics])),
    'local_authorities.csv': csv('ons_code,name,tier', LAS.map((la) => [...la])),
    'places.csv': csv('ics_code,la_code,population_share', data.places.map((p) => [p.ics, p.la, p.share])),
    'needs.csv': csv(
      'la_code,cohort,need_category,pathway_stage,year,people,source,basis',
      data.needs.map((n) => [n.la, n.cohort, n.category, n.stage, n.year, n.people, 'generated', n.basis]),
    ),
    'services.csv': csv(
      'service_code,name,ics_code,la_code,commissioner,provider,pathway_stage,cohorts,need_categories,capacity_people,start_date,end_date,capacity_basis,min_age,max_age',
      data.services.map((s) => [
        s.code, s.code, s.ics, s.la, 'ICB', 'Generated', s.stage, s.cohorts.join(';'), s.categories.join(';'), s.capacity, s.start, s.end,
        s.basis, s.minAge, s.maxAge,
      ]),
    ),
    'housing_plan.csv': csv(
      'ics_code,la_code,accommodation_type,cohort,year,bed_spaces',
      data.housing.map((h) => [h.ics, h.la, h.type, h.cohort, h.year, h.beds]),
    ),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
}

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;

/** The basis a generated service's capacity counts on (no service type: blank is CASELOAD). */
export const basisOf = (service: Service): Basis => service.basis ?? 'CASELOAD';

/**
 * The fraction of a service's capacity counting in financial year `year`: CASELOAD whole when it runs on
 * 31 March ending the year; PER_YEAR its days running in the year ÷ the year's days.
 */
export function countedShare(service: Service, year: number): number {
  const [first, last] = [`${year}-04-01`, `${year + 1}-03-31`];
  if (basisOf(service) === 'CASELOAD') return service.start <= last && (service.end === null || service.end >= last) ? 1 : 0;
  const from = service.start > first ? service.start : first;
  const to = service.end === null || service.end > last ? last : service.end;
  return to < from ? 0 : days(from, to) / days(first, last);
}

/** Whether the service's ages reach into any band of the cohorts it lists (`ages`: the cohorts table, 65+ as 65–89). */
export function servesAnyCohort(service: Service, ages: Map<string, [number, number]>): boolean {
  return service.cohorts.some((cohort) => {
    const [min, max] = ages.get(cohort)!;
    return Math.max(min, service.minAge ?? min) <= Math.min(max, service.maxAge ?? max);
  });
}
