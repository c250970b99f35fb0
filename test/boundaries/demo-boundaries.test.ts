import { openTestApi, type TestApi } from '../support/api.js';

// The demo's April 2026 configuration (seeds/demo/README.md, "Boundaries of April 2026"), read on the tests'
// AS_OF_DATE 2026-11-29.
let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

interface Counted {
  integratedCareSystems: { totalCount: number };
}
const COUNT = `query ($filter: IntegratedCareSystemFilter) { integratedCareSystems(filter: $filter) { totalCount } }`;

test('the ICSs of today are the 36 of April 2026, and on 2025-06-30 the 42 of 2022', async () => {
  expect((await api.query<Counted>(COUNT)).integratedCareSystems.totalCount).toBe(36);
  expect((await api.query<Counted>(COUNT, { filter: { asAt: '2025-06-30' } })).integratedCareSystems.totalCount).toBe(42);
});

test('Frimley (QNQ) answers with its dates and its three successors', async () => {
  const data = await api.query<{ integratedCareSystem: Record<string, unknown> }>(`{
    integratedCareSystem(code: "QNQ") {
      odsCode validFrom validTo isCurrent
      successors { effectiveDate partMoved successor { odsCode } }
    }
  }`);
  expect(data.integratedCareSystem).toMatchObject({ odsCode: 'QNQ', validTo: '2026-03-31', isCurrent: false });
  const successors = (data.integratedCareSystem.successors as { successor: { odsCode: string } }[])
    .map((s) => s.successor.odsCode)
    .sort();
  expect(successors).toEqual(['QRL', 'S0E4D', 'S9B9J']);
});

interface Findings {
  gapFindings: { totalCount: number; edges: { node: { icsCode: string; year: number; need: number; provision: number } }[] };
}
const FINDINGS = `query ($filter: GapFilter!) {
  gapFindings(filter: $filter, first: 500) { totalCount edges { node { icsCode year domain need provision } } }
}`;
const sum = (data: Findings, field: 'need' | 'provision') =>
  data.gapFindings.edges.reduce((total, edge) => total + edge.node[field], 0);

test('NHS Surrey and Sussex (S9B9J) has findings for 2025 re-based from QXU and Frimley\'s Surrey part, and for 2027 on its own boundary', async () => {
  const services = { icsCode: 'S9B9J', domain: 'SERVICES', level: 'PLACE' };
  const own2025 = await api.query<Findings>(FINDINGS, { filter: { ...services, year: 2025 } });
  expect(own2025.gapFindings.totalCount).toBe(0);
  const rebased = await api.query<Findings>(FINDINGS, { filter: { ...services, year: 2025, boundariesAsAt: '2026-11-29' } });
  expect(rebased.gapFindings.totalCount).toBeGreaterThan(0);
  // Surrey's need is counted whole on S9B9J's boundary: QXU's 0.86 and Frimley's 0.14 of it in 2025.
  const old = await api.query<Findings>(FINDINGS, { filter: { domain: 'SERVICES', level: 'PLACE', laCode: 'E10000030', year: 2025 } });
  expect(new Set(old.gapFindings.edges.map((edge) => edge.node.icsCode))).toEqual(new Set(['QXU', 'QNQ']));
  expect(sum(rebased, 'need')).toBeCloseTo(sum(old, 'need'), 6);
  const own2027 = await api.query<Findings>(FINDINGS, { filter: { ...services, year: 2027 } });
  expect(own2027.gapFindings.totalCount).toBeGreaterThan(0);
  expect(own2027.gapFindings.edges.every((edge) => edge.node.icsCode === 'S9B9J' && edge.node.year === 2027)).toBe(true);
});

test('re-basing moves figures between ICSs but keeps England\'s totals', async () => {
  const year2025 = await api.query<Findings>(FINDINGS, { filter: { domain: 'SERVICES', level: 'PLACE', year: 2025, laCode: 'E10000014' } });
  const rebased = await api.query<Findings>(FINDINGS, {
    filter: { domain: 'SERVICES', level: 'PLACE', year: 2025, laCode: 'E10000014', boundariesAsAt: '2026-04-01' },
  });
  expect(sum(rebased, 'need')).toBeCloseTo(sum(year2025, 'need'), 6);
  expect(new Set(rebased.gapFindings.edges.map((edge) => edge.node.icsCode))).toEqual(new Set(['QRL']));
});

test('a re-basing date that is not a day is an error naming the argument', async () => {
  const errors = await api.errorsOf(`{ gapFindings(filter: { boundariesAsAt: "2026-02-30" }) { totalCount } }`);
  expect(errors).toHaveLength(1);
  expect(errors[0].message).toMatch(/boundariesAsAt|2026-02-30/);
});

test('the export takes boundariesAsAt, and a day that does not exist is a 400 naming the parameter', async () => {
  const { gapFindingsExport } = await import('../../src/gap/findings-export.js');
  const prepared = gapFindingsExport(new URL('http://localhost/export/gap-findings.json?icsCode=S9B9J&year=2025&boundariesAsAt=2026-04-01'), 'json', '2026-11-29');
  const { chunks } = await prepared(api.app.database);
  let text = '';
  for await (const chunk of chunks) text += chunk;
  const rows = JSON.parse(text) as { ics_code: string; year: number }[];
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row.ics_code === 'S9B9J' && row.year === 2025)).toBe(true);
  const bad = gapFindingsExport(new URL('http://localhost/export/gap-findings.json?boundariesAsAt=2026-02-30'), 'json', '2026-11-29');
  await expect(bad(api.app.database)).rejects.toThrow(/boundariesAsAt.*2026-02-30/);
});
