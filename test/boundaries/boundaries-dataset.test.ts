import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/database.js';
import { datasetFiles } from '../../src/dataset/files.js';
import { DatasetRejected, formatIssue, importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { openTestDatabase } from '../support/database.js';
import { csv, removeDatasets, writeDataset } from '../dataset/support.js';
import { checksums, listen } from '../export/support.js';

// The fixture (test/fixtures/boundaries/README.md): South East ICSs across 1 April 2026, with successions.
const fixture = fileURLToPath(new URL('../fixtures/boundaries/', import.meta.url));

let api: TestApi;
let base: string;
const databases: Database[] = [];
const folders: string[] = [];
beforeAll(async () => {
  api = await openTestApi();
  await importDataset(api.app.database, fixture);
  base = await listen(api);
});
afterAll(async () => {
  await Promise.all([api.close(), ...databases.map((database) => database.close())]);
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  removeDatasets();
});

const exported = async (file: string, query = '') => {
  const response = await fetch(`${base}/export/${file}${query}`);
  expect(response.status).toBe(200);
  return response.text();
};

test('the export writes validity and successions as the importer reads them, 5-character codes included', async () => {
  expect(await exported('integrated_care_systems.csv', '?icsCode=S9B9J')).toBe(
    csv(
      'ods_code,ons_code,name,region_ods_code,region_name,region_ons_code,valid_from,valid_to',
      'QNQ,E54000034,NHS Frimley Integrated Care Board,Y59,South East,E40000005,2022-07-01,2026-03-31',
      'QXU,E54000052,NHS Surrey Heartlands Integrated Care Board,Y59,South East,E40000005,2022-07-01,2026-03-31',
      'S9B9J,E54000069,NHS Surrey and Sussex Integrated Care Board,Y59,South East,E40000005,2026-04-01,',
    ).replaceAll('\n', '\r\n'),
  );
  expect(await exported('ics_successions.csv', '?icsCode=s9b9j')).toBe(
    csv(
      'predecessor_ods_code,successor_ods_code,effective_date,part_moved',
      'QNQ,S9B9J,2026-04-01,Surrey Heath and Farnham',
      'QXU,S9B9J,2026-04-01,whole',
    ).replaceAll('\n', '\r\n'),
  );
  expect(await exported('places.csv', '?icsCode=QRL')).toBe(
    csv(
      'ics_code,la_code,population_share,valid_from,valid_to',
      'QRL,E10000014,0.860000,,2026-03-31',
      'QRL,E10000014,1.000000,2026-04-01,',
    ).replaceAll('\n', '\r\n'),
  );
});

async function exportFolder(query = ''): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'ics-boundaries-export-'));
  folders.push(folder);
  for (const { file } of datasetFiles) writeFileSync(join(folder, file), await exported(file, file === 'unit_costs.csv' ? '' : query));
  return folder;
}

test('exporting and importing into an empty database gives the same ICSs, places and successions', async () => {
  const copy = await openTestDatabase();
  databases.push(copy);
  await importDataset(copy, await exportFolder());
  const [original, roundTripped] = [await checksums(api.app.database), await checksums(copy)];
  expect(roundTripped).toEqual(original);
  expect(original.ics_successions).toMatch(/^4 rows/);
  expect(original.places).toMatch(/^7 rows/);
});

test("one new ICB's export imports on its own: it brings the ICSs its successions name", async () => {
  const copy = await openTestDatabase();
  databases.push(copy);
  const report = await importDataset(copy, await exportFolder('?icsCode=S9B9J'));
  const rows = Object.fromEntries(report.files.map((file) => [file.file, file.rowsRead]));
  expect(rows).toMatchObject({ 'integrated_care_systems.csv': 3, 'ics_successions.csv': 2, 'places.csv': 1 });
});

test('importing the fixture again changes nothing (places keyed by ICS, authority and valid_from, blank included)', async () => {
  const report = await importDataset(api.app.database, fixture);
  expect(report.files.flatMap((file) => file.tables).filter((t) => t.inserted || t.updated || t.deleted)).toEqual([]);
});

describe('bad rows', () => {
  const rejection = async (files: Record<string, string>) => {
    const error = await importDataset(api.app.database, writeDataset(files)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetRejected);
    return (error as DatasetRejected).issues.map(formatIssue);
  };
  const successions = (...lines: string[]) => ({
    'ics_successions.csv': csv('predecessor_ods_code,successor_ods_code,effective_date,part_moved', ...lines),
  });
  const icss = (...lines: string[]) => ({
    'integrated_care_systems.csv': csv('ods_code,ons_code,name,region_ods_code,region_name,valid_from,valid_to', ...lines),
  });

  // prettier-ignore
  test.each([
    ['an ODS code of 4 characters', icss('S1Y5,E54000065,NHS Central East Integrated Care Board,Y61,East of England,,'),
      "integrated_care_systems.csv:2: column ods_code: 'S1Y5' is not an ICB ODS code (3 or 5 capital letters or digits, e.g. QWU or S1Y5D)"],
    ['an ODS code in lower case', icss('s1y5d,E54000065,NHS Central East Integrated Care Board,Y61,East of England,,'),
      "integrated_care_systems.csv:2: column ods_code: 's1y5d' is not an ICB ODS code (3 or 5 capital letters or digits, e.g. QWU or S1Y5D)"],
    ['an ICS ending before it starts', icss('S1Y5D,E54000065,NHS Central East Integrated Care Board,Y61,East of England,2026-04-01,2026-03-31'),
      'integrated_care_systems.csv:2: column valid_to: valid_to 2026-03-31 is before valid_from 2026-04-01'],
    ['a validity that is not a date', icss('S1Y5D,E54000065,NHS Central East Integrated Care Board,Y61,East of England,1 April 2026,'),
      "integrated_care_systems.csv:2: column valid_from: '1 April 2026' is not a date (expected YYYY-MM-DD)"],
    ['a place ending before it starts', { 'places.csv': csv('ics_code,la_code,population_share,valid_from,valid_to', 'QKS,E10000016,1,2027-04-01,2027-03-31') },
      'places.csv:2: column valid_to: valid_to 2027-03-31 is before valid_from 2027-04-01'],
    ['a repeated place period', {
      'local_authorities.csv': csv('ons_code,name,tier', 'E10000011,East Sussex,COUNTY'),
      'places.csv': csv('ics_code,la_code,population_share,valid_from', 'S9B9J,E10000011,0.5,2026-04-01', 'S9B9J,E10000011,0.4,2026-04-01'),
    }, 'places.csv:3: column ics_code, la_code, valid_from: duplicate of line 2 (same S9B9J, E10000011, 2026-04-01)'],
    ['an unknown predecessor', successions('QHG,S9B9J,2026-04-01,whole'),
      "ics_successions.csv:2: column predecessor_ods_code: unknown ICS 'QHG' (not in integrated_care_systems.csv nor stored)"],
    ['an unknown 5-character successor', successions('QNQ,S1Y5D,2026-04-01,whole'),
      "ics_successions.csv:2: column successor_ods_code: unknown ICS 'S1Y5D' (not in integrated_care_systems.csv nor stored)"],
    ['an ICS succeeding itself', successions('QRL,QRL,2026-04-01,whole'),
      'ics_successions.csv:2: column successor_ods_code: ICS QRL cannot succeed itself'],
    ['a repeated succession', successions('QXU,S9B9J,2026-04-01,whole', 'QXU,S9B9J,2027-04-01,whole'),
      'ics_successions.csv:3: column predecessor_ods_code, successor_ods_code: duplicate of line 2 (same QXU, S9B9J)'],
    ['an effective date that is not a date', successions('QXU,S9B9J,2026-04-31,whole'),
      "ics_successions.csv:2: column effective_date: '2026-04-31' is not a date (expected YYYY-MM-DD)"],
    ['no part moved', successions('QXU,S9B9J,2026-04-01,'),
      'ics_successions.csv:2: column part_moved: empty; a value is required'],
    ['a place starting before its ICS was established', {
      'local_authorities.csv': csv('ons_code,name,tier', 'E10000011,East Sussex,COUNTY'),
      'places.csv': csv('ics_code,la_code,population_share,valid_from,valid_to', 'S9B9J,E10000011,1,2025-04-01,'),
    }, "places.csv: column valid_from: place S9B9J / E10000011 (valid from 2025-04-01) lies outside ICS S9B9J's validity (from 2026-04-01)"],
    ['a place ending after its ICS was abolished', {
      'local_authorities.csv': csv('ons_code,name,tier', 'E10000011,East Sussex,COUNTY'),
      'places.csv': csv('ics_code,la_code,population_share,valid_from,valid_to', 'QXU,E10000011,1,2022-07-01,2027-03-31'),
    }, "places.csv: column valid_to: place QXU / E10000011 (valid from 2022-07-01 to 2027-03-31) lies outside ICS QXU's validity (from 2022-07-01 to 2026-03-31)"],
    ['a succession before its successor was established', successions('QXU,S0E4D,2025-04-01,Guildford'),
      'ics_successions.csv: column effective_date: succession QXU to S0E4D on 2025-04-01: successor S0E4D is valid from 2026-04-01'],
    ['a succession while its predecessor is still valid', successions('QXU,QRL,2026-03-01,Waverley'),
      'ics_successions.csv: column effective_date: succession QXU to QRL on 2026-03-01: predecessor QXU is still valid then (to 2026-03-31)'],
    ['a succession before its predecessor was established', successions('S9B9J,QKS,2026-01-01,Sussex'),
      'ics_successions.csv: column effective_date: succession S9B9J to QKS on 2026-01-01: predecessor S9B9J was established on 2026-04-01'],
  ])('%s is refused naming file, line, column and reason', async (_name, files, issue) => {
    expect(await rejection(files)).toEqual([issue]);
  });

  test('a local target for a 5-character ICB is read as its scope', async () => {
    await importDataset(
      api.app.database,
      writeDataset({
        'targets.csv': csv(
          'metric_code,scope,population_group,target_value,unit,direction,due,source',
          'INPATIENTS_ADULT,S9B9J,AGE_18_PLUS,24,COUNT,AT_MOST,2027-03-31,Surrey and Sussex plan',
        ),
      }),
    );
    expect(await exported('targets.csv', '?icsCode=S9B9J')).toContain(
      ',S9B9J,AGE_18_PLUS,24.0000,COUNT,AT_MOST,2027-03-31,Surrey and Sussex plan',
    );
  });
});
