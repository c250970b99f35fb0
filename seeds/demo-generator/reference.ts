import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from './csv.js';

/**
 * Real codes and names, copied unchanged from shared/reference (see reference/README.md), so the
 * generator runs from a fresh clone of this repository.
 */
const REFERENCE_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'reference');

export interface IntegratedCareBoard {
  odsCode: string;
  onsCode: string;
  name: string;
  regionOdsCode: string;
  regionOnsCode: string;
  regionName: string;
}

export interface Place {
  icsCode: string;
  laCode: string;
  laName: string;
  laTier: string;
  /** Kept as written in the reference file (e.g. "0.86") so places.csv repeats it exactly. */
  populationShareText: string;
  populationShare: number;
}

export function loadIntegratedCareBoards(): IntegratedCareBoard[] {
  return readCsv(join(REFERENCE_FOLDER, 'icbs.csv')).map((row) => ({
    odsCode: row.ods_code,
    onsCode: row.ons_code,
    name: row.name,
    regionOdsCode: row.region_ods_code,
    regionOnsCode: row.region_ons_code,
    regionName: row.region_name,
  }));
}

export function loadPlaces(): Place[] {
  return readCsv(join(REFERENCE_FOLDER, 'places_sample.csv')).map((row) => ({
    icsCode: row.ics_code,
    laCode: row.la_code,
    laName: row.la_name,
    laTier: row.la_tier,
    populationShareText: row.population_share,
    populationShare: Number(row.population_share),
  }));
}

/** The targets file's rows as they are (all columns, including the metric's display name). */
export function loadTargets(): { columns: string[]; rows: Record<string, string>[] } {
  const rows = readCsv(join(REFERENCE_FOLDER, 'targets.csv'));
  return { columns: Object.keys(rows[0]), rows };
}
