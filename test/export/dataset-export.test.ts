import { readFileSync } from 'node:fs';
import { datasetFiles } from '../../src/dataset/files.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { csvObjects, listen, parseCsv } from './support.js';

let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
  base = await listen(api);
});
afterAll(() => api.close());

/** The files table of docs/dataset-format.md: file → its columns, in the order written there. */
function documentedColumns(): Record<string, string[]> {
  const doc = readFileSync(new URL('../../docs/dataset-format.md', import.meta.url), 'utf8');
  const rows = doc.split('\n').filter((line) => /^\| `[a-z_]+\.csv` \|/.test(line));
  return Object.fromEntries(
    rows.map((line) => {
      const [, file, columns] = line.split('|');
      const names = [...columns.matchAll(/`([^`]+)`/g)].flatMap((match) => match[1].split(',').map((name) => name.trim()));
      return [file.trim().replaceAll('`', ''), names];
    }),
  );
}

test('every dataset file is exported with the header of docs/dataset-format.md, as a CSV download', async () => {
  const documented = documentedColumns();
  expect(Object.keys(documented).sort()).toEqual(datasetFiles.map((spec) => spec.file).sort());
  for (const { file } of datasetFiles) {
    const response = await fetch(`${base}/export/${file}`);
    expect([file, response.status]).toEqual([file, 200]);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
    const [header, ...rows] = parseCsv(await response.text());
    expect([file, header]).toEqual([file, documented[file]]);
    // The demo holds rows of every file, the April 2026 successions included.
    expect([file, rows.length > 0]).toEqual([file, true]);
  }
});

test('values are written as the importer reads them', async () => {
  const text = async (file: string, query = '') => (await fetch(`${base}/export/${file}${query}`)).text();
  const services = csvObjects(await text('services.csv'));
  expect(services.some((row) => row.la_code === '')).toBe(true); // whole-ICS catchment
  expect(services.some((row) => row.end_date === '')).toBe(true); // open-ended
  for (const row of services) {
    expect(row.start_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.cohorts).toMatch(/^[A-Z0-9_]+(;[A-Z0-9_]+)*$/);
  }
  const finance = csvObjects(await text('finance_plan.csv'));
  expect(new Set(finance.map((row) => row.pooled))).toEqual(new Set(['true', 'false']));
  expect(finance.every((row) => /^\d+\.\d{2}$/.test(row.amount_gbp))).toBe(true);
  const targets = csvObjects(await text('targets.csv'));
  expect(targets.filter((row) => row.scope === 'England').length).toBeGreaterThan(0);
  expect(targets.every((row) => row.metric !== '')).toBe(true);
  // CRLF line ends, a comma inside a name quoted (RFC 4180).
  const authorities = await text('local_authorities.csv');
  expect(authorities.startsWith('ons_code,name,tier\r\n')).toBe(true);
  expect(authorities).toContain('E06000010,"Kingston upon Hull, City of",UNITARY\r\n');
});

test('icsCode restricts a file to one ICS (by ODS or ONS code); national targets stay', async () => {
  const rows = async (file: string, icsCode: string) => csvObjects(await (await fetch(`${base}/export/${file}?icsCode=${icsCode}`)).text());
  expect((await rows('integrated_care_systems.csv', 'qwu')).map((row) => row.ods_code)).toEqual(['QWU']);
  expect((await rows('places.csv', 'E54000018')).map((row) => row.la_code)).toEqual(['E08000026', 'E10000031']);
  expect(new Set((await rows('needs.csv', 'QWU')).map((row) => row.la_code))).toEqual(new Set(['E08000026', 'E10000031']));
  expect(new Set((await rows('targets.csv', 'QWU')).map((row) => row.scope))).toContain('England');
});

test.each([
  ['/export/unit_costs.csv?icsCode=QWU', 400, 'query parameter "icsCode": unit_costs.csv is national (the same for every ICS); leave icsCode out'],
  ['/export/needs.csv?icsCode=ZZZ', 400, "query parameter \"icsCode\": no ICS has the ODS or ONS code 'ZZZ'"],
  ['/export/needs.csv?year=2025', 400, 'query parameter "year": unknown parameter; allowed: icsCode'],
  ['/export/needs.csv?icsCode=QWU&icsCode=QHL', 400, 'query parameter "icsCode": given 2 times; give it once'],
])('%s is a %i naming the problem', async (path, status, error) => {
  const response = await fetch(`${base}${path}`);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-disposition')).toBeNull();
  expect(await response.json()).toEqual({ error });
});

test('an unknown file is a 404 listing the exports there are', async () => {
  const response = await fetch(`${base}/export/patients.csv`);
  expect(response.status).toBe(404);
  const body = (await response.json()) as { error: string; available: string[] };
  expect(body.error).toBe('no export at /export/patients.csv');
  expect(body.available).toEqual([
    '/export/gap-findings.csv',
    '/export/gap-findings.json',
    ...datasetFiles.map((spec) => `/export/${spec.file}`),
  ]);
  expect(await (await fetch(`${base}/export/`)).json()).toEqual({ exports: body.available });
});

test('exports are read with GET only', async () => {
  const response = await fetch(`${base}/export/needs.csv`, { method: 'POST' });
  expect(response.status).toBe(405);
  expect(response.headers.get('allow')).toBe('GET');
});
