import { rederiveIfBehind } from '../../../src/gap/maintained/keep-current.js';
import { TEST_AS_OF_DATE, type TestApi } from '../../support/api.js';
import { openWritableApi, removeDatasets } from '../../record/support.js';
import { envForFile, expectMaintainedEqualsReference, findingsFrom } from './support.js';

// Findings are kept for one date of reading: when it turns, they are re-derived for the new one, once.
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
const EARLIER = '2024-06-01';

test('findings that hold the data for the date are left alone', async () => {
  expect(await rederiveIfBehind(api.app.database, TEST_AS_OF_DATE)).toBe(false);
});

test('a new date of reading re-derives them once; then reads on it are served, equal to the computed findings', async () => {
  const workforce = { domain: 'WORKFORCE' } as never;
  expect((await findingsFrom(sql(), 'maintained', workforce, EARLIER)).fresh).toBe(false);
  expect(await rederiveIfBehind(api.app.database, EARLIER)).toBe(true);
  // On 2024-06-01, 2025/26 is to come: the stored workforce figure is WTE planned (34), no longer in post (30.5).
  const served = await findingsFrom(sql(), 'maintained', workforce, EARLIER);
  expect([served.fresh, served.findings.map((row) => [row.year, row.provision])]).toEqual([true, [[2025, 34]]]);
  for (const level of ['ICS', 'PLACE']) await expectMaintainedEqualsReference(sql(), { level } as never, EARLIER);
  expect(await rederiveIfBehind(api.app.database, EARLIER)).toBe(false);
  expect((await findingsFrom(sql(), 'maintained', workforce, TEST_AS_OF_DATE)).fresh).toBe(false);
});
