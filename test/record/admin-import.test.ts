import type { TestApi } from '../support/api.js';
import { listenOnLoopback } from '../support/http.js';
import { csv, snapshot } from '../dataset/support.js';
import { as, openWritableApi, removeDatasets } from './support.js';

// POST /admin/import: a dataset into the running server, by an ADMIN, with the command's validation and atomicity.
let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await openWritableApi({}, { adminImportMaxBytes: 20_000 });
  base = await listenOnLoopback(api.app.http);
});
afterAll(async () => {
  await api.close();
  removeDatasets();
});

const HOUSING_HEADER = 'ics_code,la_code,accommodation_type,cohort,year,bed_spaces';
const housing = (...lines: string[]) => csv(HOUSING_HEADER, ...lines);

function form(files: Record<string, string>, reason?: string): FormData {
  const body = new FormData();
  for (const [name, text] of Object.entries(files)) body.append('file', new Blob([text], { type: 'text/csv' }), name);
  if (reason) body.append('reason', reason);
  return body;
}

async function upload(body: FormData | string, roles: string[] | null = ['ADMIN'], headers: Record<string, string> = {}) {
  const authorization = roles ? ((await as(roles, roles.includes('ICS_EDITOR') ? ['QWU'] : [])) as Record<string, string>) : {};
  const response = await fetch(`${base}/admin/import`, { method: 'POST', body, headers: { ...authorization, ...headers } });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const bedSpaces = async () =>
  (await api.app.database.sql().rows<{ bed_spaces: number }>(
    `select bed_spaces from housing_plan_lines where ics_code = 'QWU' and la_code = 'E08000026' and year = 2025`,
  ))[0]?.bed_spaces;

test('an ADMIN imports a file: stored, reported per table, and in the audit trail under the admin with the reason', async () => {
  const reply = await upload(form({ 'housing_plan.csv': housing('QWU,E08000026,SUPPORTED_LIVING,ADULTS,2025,152') }, 'Coventry pipeline revised'));
  expect(reply.status).toBe(200);
  expect(reply.body.imported.files).toEqual([
    { file: 'housing_plan.csv', rowsRead: 1, tables: [expect.objectContaining({ table: 'housing_plan_lines', updated: 1, inserted: 0 })] },
  ]);
  expect(await bedSpaces()).toBe(152);
  const audit = await api.app.database.sql().rows<{ actor: string; reason: string; record_type: string }>(
    `select actor, reason, record_type from audit_trail where reason = 'Coventry pipeline revised'`,
  );
  expect(audit).toEqual([{ actor: 'ADMIN:', reason: 'Coventry pipeline revised', record_type: expect.any(String) }]);
});

test('a dataset with a bad row is 422 naming file, line and column, and nothing is stored', async () => {
  const before = await snapshot(api.app.database);
  const reply = await upload(form({
    'housing_plan.csv': housing('QWU,E08000026,SUPPORTED_LIVING,ADULTS,2025,160', 'QWU,E08000026,SUPPORTED_LIVING,ADULTS,2026,lots'),
  }));
  expect(reply.status).toBe(422);
  expect(reply.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(reply.body.issues).toEqual([expect.objectContaining({ file: 'housing_plan.csv', line: 3, column: 'bed_spaces' })]);
  expect(await snapshot(api.app.database)).toEqual(before);
});

test('a misnamed file is 422 with the name it should have', async () => {
  const reply = await upload(form({ 'housing_plans.csv': housing('QWU,E08000026,SUPPORTED_LIVING,ADULTS,2025,160') }));
  expect(reply.status).toBe(422);
  expect(reply.body.issues[0].text).toMatch(/^housing_plans\.csv: .*housing_plan\.csv/);
});

test.each<[string, number, string[] | null, string]>([
  ['no token', 401, null, 'UNAUTHENTICATED'],
  ['a READER', 403, ['READER'], 'FORBIDDEN'],
  ['an ICS_EDITOR of QWU', 403, ['ICS_EDITOR'], 'FORBIDDEN'],
])('%s may not import (%i)', async (_who, status, roles, code) => {
  const before = await bedSpaces();
  const reply = await upload(form({ 'housing_plan.csv': housing('QWU,E08000026,SUPPORTED_LIVING,ADULTS,2025,999') }), roles);
  expect([reply.status, reply.body.errors[0].extensions.code]).toEqual([status, code]);
  expect(await bedSpaces()).toBe(before);
});

test('a body that is not a form, a form without files, an upload over the limit and a GET are refused', async () => {
  const json = await upload(JSON.stringify({ files: [] }), ['ADMIN'], { 'content-type': 'application/json' });
  expect([json.status, json.body.errors[0].message]).toEqual([400, expect.stringContaining('multipart/form-data')]);
  const empty = new FormData();
  empty.append('reason', 'nothing');
  expect((await upload(empty)).status).toBe(400);
  const big = await upload(form({ 'housing_plan.csv': housing(...Array.from({ length: 800 }, (_, i) => `QWU,E08000026,SUPPORTED_LIVING,ADULTS,${2000 + i},1`)) }));
  expect([big.status, big.body.errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  const get = await fetch(`${base}/admin/import`);
  expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
});
