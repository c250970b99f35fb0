import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CsvRow } from './csv.js';
import { readCsv } from './csv.js';
import type { IntegratedCareBoard, Place } from './reference.js';

/**
 * The April 2026 configuration beside the 2022 one (DOMAIN.md "Boundaries over time"), from the unchanged
 * copies of shared/reference/icbs_2026.csv, icb_successions_2026.csv and places_2026.csv. No random stream:
 * every row follows from the reference files.
 * - ICSs: the 42 of 2022; those abolished (a predecessor in the successions, absent from icbs_2026.csv) end on
 *   31 March 2026; the new ones (5-character codes) start on 1 April 2026; a continuing ICS keeps its row, with
 *   its 2026 ONS code (Hampshire and Isle of Wight's became E54000067). Regions keep their 2022 codes.
 * - Places: the demo's 2022 places, ended on 31 March 2026 where the authority's ICS or share changed; from
 *   1 April 2026 the authority's place in places_2026.csv. Only the demo's authorities are held: a new ICB's
 *   other authorities (e.g. West Sussex for NHS Surrey and Sussex) have no figures in the demo.
 * - Successions: all of them, as written.
 */
const REFERENCE_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'reference');
const LAST_DAY_2022 = '2026-03-31';
const FIRST_DAY_2026 = '2026-04-01';

const icbs2026 = () => readCsv(join(REFERENCE_FOLDER, 'icbs_2026.csv'));
const places2026 = () => readCsv(join(REFERENCE_FOLDER, 'places_2026.csv'));
export const successions2026 = () => readCsv(join(REFERENCE_FOLDER, 'icb_successions_2026.csv'));

/** integrated_care_systems.csv rows: 2022 ICBs with their end where abolished, then the new ones. */
export function integratedCareSystemsOverTime(icbs2022: IntegratedCareBoard[]): CsvRow[] {
  const current = new Map(icbs2026().map((row) => [row.ods_code, row]));
  const abolished = new Set(successions2026().map((row) => row.predecessor_ods_code).filter((code) => !current.has(code)));
  const known = new Set(icbs2022.map((icb) => icb.odsCode));
  const old = icbs2022.map((icb) => ({
    ods_code: icb.odsCode,
    ons_code: current.get(icb.odsCode)?.ons_code ?? icb.onsCode,
    name: icb.name,
    region_ods_code: icb.regionOdsCode,
    region_name: icb.regionName,
    region_ons_code: icb.regionOnsCode,
    valid_from: '',
    valid_to: abolished.has(icb.odsCode) ? LAST_DAY_2022 : '',
  }));
  // A region is one row of the dataset: the new ICBs name it as the 2022 file does (East of England's ONS code
  // is E40000013 in icbs_2026.csv, E40000007 in icbs.csv).
  const regions = new Map(icbs2022.map((icb) => [icb.regionOdsCode, icb]));
  const established = [...current.values()].filter((row) => !known.has(row.ods_code)).map((row) => ({
    ods_code: row.ods_code,
    ons_code: row.ons_code,
    name: row.name,
    region_ods_code: row.region_ods_code,
    region_name: regions.get(row.region_ods_code)?.regionName ?? row.region_name,
    region_ons_code: regions.get(row.region_ods_code)?.regionOnsCode ?? row.region_ons_code,
    valid_from: FIRST_DAY_2026,
    valid_to: '',
  }));
  return [...old, ...established];
}

/** places.csv rows: each demo authority's 2022 places, and its 2026 place where that differs. */
export function placesOverTime(places2022: Place[]): CsvRow[] {
  const demoAuthorities = new Set(places2022.map((place) => place.laCode));
  const from2026 = new Map(places2026().filter((row) => demoAuthorities.has(row.la_code)).map((row) => [row.la_code, row]));
  const rows: CsvRow[] = [];
  for (const place of places2022) {
    const next = from2026.get(place.laCode);
    const unchanged = next === undefined || (next.ics_code === place.icsCode && Number(next.population_share) === place.populationShare);
    rows.push({
      ics_code: place.icsCode,
      la_code: place.laCode,
      population_share: place.populationShareText,
      valid_from: '',
      valid_to: unchanged ? '' : LAST_DAY_2022,
    });
  }
  for (const [laCode, next] of from2026) {
    const before = places2022.filter((place) => place.laCode === laCode);
    if (before.some((place) => place.icsCode === next.ics_code && Number(next.population_share) === place.populationShare)) continue;
    rows.push({ ics_code: next.ics_code, la_code: laCode, population_share: next.population_share, valid_from: FIRST_DAY_2026, valid_to: '' });
  }
  return rows;
}
