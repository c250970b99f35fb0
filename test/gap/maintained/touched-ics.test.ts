import { importDataset } from '../../../src/dataset/index.js';
import { findGapFindings } from '../../../src/gap/findings.js';
import { parseGapFilter } from '../../../src/gap/gap-filter.js';
import { GapOrder } from '../../../src/gap/GapOrder.js';
import { severityThresholds } from '../../../src/gap/severity.js';
import { smallDataset, writeDataset } from '../../dataset/support.js';
import { TEST_AS_OF_DATE, type TestApi } from '../../support/api.js';
import { deleteMutation, saveMutation } from '../../record/record-cases.js';
import { as, openWritableApi, removeDatasets } from '../../record/support.js';
import { envForFile, expectMaintainedEqualsReference, findingsFrom } from './support.js';

// The small dataset: QWU (Coventry, Warwickshire) with plans, QHL (Birmingham) with none until a test adds a line.
envForFile({ MAINTAINED_GAP_FINDINGS: 'on', AS_OF_DATE: TEST_AS_OF_DATE });
let api: TestApi;
beforeAll(async () => {
  api = await openWritableApi();
});
afterAll(async () => {
  await api?.close();
  removeDatasets();
});

const sql = () => api.app.database.sql();
const admin = () => as(['ADMIN'], [], 'admin-1');
const editorOfQwu = () => as(['ICS_EDITOR'], ['QWU'], 'editor-qwu');
const birminghamLine = { icsCode: 'QHL', laCode: 'E08000025', accommodationType: 'SUPPORTED_LIVING', cohort: 'ADULTS', year: 2025 };
const coventryLine = { icsCode: 'QWU', laCode: 'E08000026', accommodationType: 'SUPPORTED_LIVING', cohort: 'ADULTS', year: 2025 };

/** Each maintained row of an ICS: its identity and when it was derived. */
const rowsOf = (ics: string) =>
  sql().rows<{ id: string; refreshed_at: string }>(
    `select id::text, refreshed_at::text from maintained_gap_findings where ics_code = $1 order by id`, [ics],
  );

async function expectAllEqualReference(): Promise<void> {
  for (const level of ['ICS', 'PLACE']) await expectMaintainedEqualsReference(sql(), { level } as never, TEST_AS_OF_DATE);
}

test('the import derived every finding of the small dataset, equal to the reference', async () => {
  expect((await rowsOf('QWU')).length).toBeGreaterThan(0);
  expect(await rowsOf('QHL')).toEqual([]);
  await expectAllEqualReference();
});

test("an edit of QWU's plan re-derives QWU only; QHL's rows keep their identity and derivation time", async () => {
  await api.query(saveMutation('HousingPlanLine'), { input: { ...birminghamLine, bedSpaces: 20 }, reason: 'new line' }, await admin());
  const qhl = await rowsOf('QHL');
  expect(qhl.length).toBeGreaterThan(0);
  const qwu = await rowsOf('QWU');

  await api.query(saveMutation('HousingPlanLine'), { input: { ...coventryLine, bedSpaces: 150 }, expectedVersion: 1, reason: 'more beds' }, await editorOfQwu());
  expect(await rowsOf('QHL')).toEqual(qhl);
  const rederived = await rowsOf('QWU');
  expect(rederived.length).toBe(qwu.length);
  expect(rederived.filter((row) => qwu.some((old) => old.id === row.id))).toEqual([]);
  await expectAllEqualReference();
  // Coventry's place: its own 150 bed-spaces plus half of QWU's 12 ICS-wide forensic ones (no housing need: shared equally).
  const { findings } = await findingsFrom(sql(), 'maintained', { domain: 'HOUSING', laCode: 'E08000026', level: 'PLACE' } as never, TEST_AS_OF_DATE);
  expect(findings.map((f) => [f.laCode, f.provision])).toEqual([['E08000026', 156]]);
});

test("deleting QHL's line re-derives QHL only", async () => {
  const qwu = await rowsOf('QWU');
  await api.query(deleteMutation('HousingPlanLine'), { key: birminghamLine, expectedVersion: 1, reason: 'withdrawn' }, await admin());
  expect(await rowsOf('QHL')).toEqual([]);
  expect(await rowsOf('QWU')).toEqual(qwu);
  await expectAllEqualReference();
});

test('importing the same data again re-derives nothing, and the findings stay fresh at the new data version', async () => {
  const qwu = await rowsOf('QWU');
  await importDataset(api.app.database, writeDataset({ ...smallDataset, 'housing_plan.csv': 'ics_code,la_code,accommodation_type,cohort,year,bed_spaces\nQWU,E08000026,SUPPORTED_LIVING,ADULTS,2025,150\n' }));
  expect(await rowsOf('QWU')).toEqual(qwu);
  await expectAllEqualReference();
});

test("a year of need appearing re-derives every ICS: every ICS's services are examined in the years any JSNA covers", async () => {
  await api.query(saveMutation('HousingPlanLine'), { input: { ...birminghamLine, bedSpaces: 20 }, reason: 'line again' }, await admin());
  const qhl = await rowsOf('QHL');
  const need = { laCode: 'E08000026', cohort: 'ADULTS', needCategory: 'AUTISM', pathwayStage: 'COMMUNITY_SUPPORT', year: 2027, people: 40, source: 'JSNA refresh' };
  await api.query(saveMutation('Need'), { input: need, reason: 'new year' }, await editorOfQwu());
  const rederived = await rowsOf('QHL');
  expect(rederived.filter((row) => qhl.some((old) => old.id === row.id))).toEqual([]);
  await expectAllEqualReference();
});

test('a read on another as-of date is not served the stored figures: workforce counts WTE planned for a year to come', async () => {
  const filter = parseGapFilter({ domain: 'WORKFORCE' } as never);
  const read = (asOfDate: string) =>
    findGapFindings(sql(), { filter, order: GapOrder.PATHWAY, page: { offset: 0, limit: 100 }, thresholds: severityThresholds(), asOfDate });
  // Stored for 2026-11-29: 2025/26 has begun, so WTE in post (30.5) counts.
  expect((await read(TEST_AS_OF_DATE)).findings.map((f) => [f.year, f.provision])).toEqual([[2025, 30.5]]);
  expect((await findingsFrom(sql(), 'maintained', { domain: 'WORKFORCE' } as never, '2024-06-01')).fresh).toBe(false);
  // Read on 2024-06-01, 2025/26 is to come: WTE planned (34), as the reference computes.
  const earlier = await read('2024-06-01');
  expect(earlier.findings.map((f) => [f.year, f.provision, f.explanation.asOfDate])).toEqual([[2025, 34, '2024-06-01']]);
});
