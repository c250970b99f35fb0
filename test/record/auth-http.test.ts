import { listenOnLoopback, postGraphQL } from '../support/http.js';
import type { TestApi } from '../support/api.js';
import { saveMutation } from './record-cases.js';
import { as, openWritableApi, removeDatasets } from './support.js';

let open: TestApi;
let closed: TestApi;
let openBase: string;
let closedBase: string;
beforeAll(async () => {
  open = await openWritableApi();
  closed = await openWritableApi({ anonymousRead: false });
  openBase = await listenOnLoopback(open.app.http);
  closedBase = await listenOnLoopback(closed.app.http);
});
afterAll(async () => {
  await open.close();
  await closed.close();
  removeDatasets();
});

const READ = { query: '{ dataCoverage { dataVersion } }' };

test('ANONYMOUS_READ on: reads need no token; a bad or expired token is 401 UNAUTHENTICATED', async () => {
  expect((await postGraphQL(openBase, READ)).status).toBe(200);
  const bad = await postGraphQL(openBase, READ, { authorization: 'Bearer not-a-token' });
  expect(bad.status).toBe(401);
  expect(bad.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('ANONYMOUS_READ off: reads and exports need a token', async () => {
  const anonymous = await postGraphQL(closedBase, READ);
  expect(anonymous.status).toBe(401);
  expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect((await postGraphQL(closedBase, READ, await as(['READER']) as Record<string, string>)).status).toBe(200);
  expect((await fetch(`${closedBase}/export/housing_plan.csv`)).status).toBe(401);
  const withToken = await fetch(`${closedBase}/export/housing_plan.csv`, { headers: (await as(['READER'])) as Record<string, string> });
  expect(withToken.status).toBe(200);
  await withToken.text();
});

test('a mutation over HTTP with a bearer header; a READER is 403 FORBIDDEN', async () => {
  const variables = {
    input: { icsCode: 'QWU', laCode: null, accommodationType: 'SHARED_LIVES', cohort: 'ADULTS', year: 2028, bedSpaces: 6 },
    reason: 'new scheme',
  };
  const reader = await postGraphQL(openBase, { query: saveMutation('HousingPlanLine'), variables }, (await as(['READER'])) as Record<string, string>);
  expect([reader.status, reader.body.errors?.[0].extensions?.code]).toEqual([403, 'FORBIDDEN']);
  const editor = await postGraphQL(openBase, { query: saveMutation('HousingPlanLine'), variables }, (await as(['ICS_EDITOR'], ['QWU'])) as Record<string, string>);
  expect(editor.status).toBe(200);
  expect(editor.body.data).toMatchObject({ saveHousingPlanLine: { version: 1 } });
});

test('GET /export/audit.csv: ADMIN gets every change as CSV; an editor of another ICS is refused', async () => {
  const response = await fetch(`${openBase}/export/audit.csv?recordType=HousingPlanLine`, { headers: (await as(['ADMIN'])) as Record<string, string> });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  const lines = (await response.text()).trim().split('\r\n');
  expect(lines[0]).toBe('changed_at,actor,actor_name,ics_codes,record_type,natural_key,before,after,reason');
  // The import's two housing lines, then the editor's new one.
  expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(['import', 'import', 'ICS_EDITOR:QWU']);
  expect((await fetch(`${openBase}/export/audit.csv`)).status).toBe(401);
  const other = await fetch(`${openBase}/export/audit.csv?icsCode=QWU`, { headers: (await as(['ICS_EDITOR'], ['QHL'])) as Record<string, string> });
  expect(other.status).toBe(403);
  await other.text();
});
