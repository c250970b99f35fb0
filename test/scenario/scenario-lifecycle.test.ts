import { readDataVersion } from '../../src/coverage/data-version.js';
import { snapshot } from '../dataset/support.js';
import type { TestApi } from '../support/api.js';
import { as, openWritableApi, removeDatasets } from '../record/support.js';
import { CREATE, DISCARD, FINDINGS, PROMOTE, SCENARIO, createScenario, deleteIn, saveIn } from './support.js';

let api: TestApi;
beforeAll(async () => {
  api = await openWritableApi();
});
afterAll(async () => {
  await api.close();
  removeDatasets();
});

const sql = () => api.app.database.sql();
const editorOfQwu = () => as(['ICS_EDITOR'], ['QWU'], 'editor-qwu');
const editorOfQhl = () => as(['ICS_EDITOR'], ['QHL'], 'editor-qhl');
const admin = () => as(['ADMIN'], [], 'admin-1');
const reader = () => as(['READER'], [], 'reader-1');

// The small dataset's Coventry supported-living line (140 bed-spaces, version 1) and Forensic ICS-wide line (12, version 1).
const coventryLine = (bedSpaces: number) => ({
  icsCode: 'QWU', laCode: 'E08000026', accommodationType: 'SUPPORTED_LIVING', cohort: 'ADULTS', year: 2025, bedSpaces,
});
const forensicKey = { icsCode: 'QWU', laCode: null, accommodationType: 'FORENSIC_HOUSING', cohort: 'ADULTS', year: 2025 };
const birminghamLine = { icsCode: 'QHL', laCode: 'E08000025', accommodationType: 'SUPPORTED_LIVING', cohort: 'ADULTS', year: 2027, bedSpaces: 8 };
const housing = () =>
  sql().rows<{ la_code: string | null; accommodation_type: string; bed_spaces: number; version: number }>(
    `select la_code, accommodation_type, bed_spaces, version from housing_plan_lines where ics_code = 'QWU' order by accommodation_type`,
  );

describe('who may open and change a scenario', () => {
  const cases = [
    { who: 'an editor of QWU, a QWU scenario', caller: editorOfQwu, ics: 'QWU', code: 'allowed' },
    { who: 'an ADMIN, any ICS', caller: admin, ics: 'QHL', code: 'allowed' },
    { who: 'an editor of QWU, a QHL scenario', caller: editorOfQwu, ics: 'QHL', code: 'FORBIDDEN' },
    { who: 'a READER', caller: reader, ics: 'QWU', code: 'FORBIDDEN' },
    { who: 'an anonymous caller', caller: async () => undefined, ics: 'QWU', code: 'UNAUTHENTICATED' },
  ];
  test.each(cases)('createScenario: $who → $code', async ({ caller, ics, code }) => {
    const errors = await api.errorsOf(CREATE, { icsCode: ics, name: 'n' }, await caller());
    expect(errors.map((error) => error.extensions?.code)).toEqual(code === 'allowed' ? [] : [code]);
  });

  test('an editor of QWU cannot write into a QHL scenario, even a QWU record; nor an ADMIN a QHL record into a QWU scenario', async () => {
    const qhl = await createScenario(api, await editorOfQhl(), 'QHL', 'Birmingham plan');
    const qwu = await createScenario(api, await editorOfQwu());
    const intoQhl = await api.errorsOf(saveIn('HousingPlanLine'), { input: coventryLine(150), expectedVersion: 1, reason: 'r', scenario: qhl }, await editorOfQwu());
    expect(intoQhl.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const otherIcs = await api.errorsOf(saveIn('HousingPlanLine'), { input: birminghamLine, reason: 'r', scenario: qwu }, await admin());
    expect(otherIcs[0].extensions).toMatchObject({ code: 'FORBIDDEN', argument: 'scenario' });
    expect(otherIcs[0].message).toContain("not of scenario");
    // The editor of QHL may write it into the QHL scenario.
    expect(await api.errorsOf(saveIn('HousingPlanLine'), { input: birminghamLine, reason: 'r', scenario: qhl }, await editorOfQhl())).toEqual([]);
  });

  test('a scenario write is validated by the same rules as any: a bad field is BAD_USER_INPUT naming it', async () => {
    const scenario = await createScenario(api, await editorOfQwu());
    const [error] = await api.errorsOf(saveIn('HousingPlanLine'), { input: { ...coventryLine(150), year: 1999 }, expectedVersion: 1, reason: 'r', scenario }, await editorOfQwu());
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input', field: 'year' });
  });
});

describe('versions inside a scenario', () => {
  test('expectedVersion is checked against the record as the scenario sees it; the baseline stays at its version', async () => {
    const scenario = await createScenario(api, await editorOfQwu());
    const save = (bedSpaces: number, expectedVersion: number | null) =>
      api.result(saveIn('HousingPlanLine'), { input: coventryLine(bedSpaces), expectedVersion, reason: `to ${bedSpaces}`, scenario }, editor);
    const editor = await editorOfQwu();
    const first = await save(150, 1);
    expect(first.data?.saveHousingPlanLine).toMatchObject({ version: 2, values: { bedSpaces: 150 } });
    // The scenario is at 2 now: 1 is stale inside it (with its current values), 2 goes on to 3.
    const stale = await save(160, 1);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, currentValues: { bedSpaces: 150 } });
    expect((await save(160, 2)).data?.saveHousingPlanLine).toMatchObject({ version: 3, values: { bedSpaces: 160 } });
    expect((await housing()).find((line) => line.la_code === 'E08000026')).toMatchObject({ bed_spaces: 140, version: 1 });
    type Stored = { scenario: { createdBy: string | null; changes: { changedBy: string | null }[] } };
    const { scenario: stored } = await api.query<Stored>(SCENARIO, { id: scenario }, editor);
    expect(stored.createdBy).toBe('editor-qwu');
    expect(stored.changes).toEqual([
      {
        recordType: 'HousingPlanLine', deleted: false, baseVersion: 1, scenarioVersion: 3, changedBy: 'editor-qwu', reason: 'to 160',
        key: { icsCode: 'QWU', laCode: 'E08000026', accommodationType: 'SUPPORTED_LIVING', cohort: 'ADULTS', year: 2025 },
      },
    ]);
    // Who acted is for those who may read the ICS's audit trail; anyone may read what the scenario changes.
    for (const caller of [undefined, await reader(), await editorOfQhl()]) {
      const { scenario: seen } = await api.query<Stored>(SCENARIO, { id: scenario }, caller);
      expect([seen.createdBy, seen.changes[0].changedBy]).toEqual([null, null]);
    }
  });

  test('a record the scenario deletes is gone inside it (NOT_FOUND on a second delete) and still in the baseline', async () => {
    const scenario = await createScenario(api, await editorOfQwu());
    const remove = () => api.result(deleteIn('HousingPlanLine'), { key: forensicKey, expectedVersion: 1, reason: 'no forensic line', scenario }, editor);
    const editor = await editorOfQwu();
    expect((await remove()).data?.deleteHousingPlanLine).toMatchObject({ version: 1, values: null });
    expect((await remove()).errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await housing()).map((line) => line.accommodation_type)).toEqual(['FORENSIC_HOUSING', 'SUPPORTED_LIVING']);
    const findings = `query F($scenario: ID) { gapFindings(filter: { icsCode: "QWU", domain: HOUSING, year: 2025 }, scenario: $scenario) {
      edges { node { provision } } } }`;
    type Answer = { gapFindings: { edges: { node: { provision: number } }[] } };
    const provision = async (variables: Record<string, unknown>) => (await api.query<Answer>(findings, variables)).gapFindings.edges.map((e) => e.node.provision);
    // ADULTS housing provision in QWU: 140 + 12 bed-spaces on the baseline; 140 once the scenario deletes the forensic line.
    expect(await provision({})).toEqual([152]);
    expect(await provision({ scenario })).toEqual([140]);
  });
});

describe('promotion', () => {
  test('a record created and then deleted inside the scenario is never written to the baseline', async () => {
    const editor = await editorOfQwu();
    const scenario = await createScenario(api, editor);
    const input = { serviceCode: 'QWU-SVC-BRIEF', name: 'Brief', icsCode: 'QWU', commissioner: 'ICB', provider: 'P', pathwayStage: 'COMMUNITY_SUPPORT',
      cohorts: ['ADULTS'], needCategories: ['AUTISM'], capacityPeople: 5, startDate: '2025-04-01' };
    expect((await api.query<{ saveService: { version: number } }>(saveIn('Service'), { input, reason: 'try', scenario }, editor)).saveService.version).toBe(1);
    await api.query(deleteIn('Service'), { key: { serviceCode: 'QWU-SVC-BRIEF' }, expectedVersion: 1, reason: 'no', scenario }, editor);
    const before = await snapshot(api.app.database);
    expect((await api.query<{ promoteScenario: { status: string } }>(PROMOTE, { scenario, reason: 'nothing to do' }, editor)).promoteScenario.status).toBe('PROMOTED');
    expect(await snapshot(api.app.database)).toEqual(before);
  });

  test('applies every change in one transaction, audited with a reason naming the scenario; the scenario becomes PROMOTED', async () => {
    const editor = await editorOfQwu();
    const scenario = await createScenario(api, editor, 'QWU', 'Rebalance housing');
    const current = (await housing()).find((line) => line.la_code === 'E08000026')!.version;
    await api.query(saveIn('HousingPlanLine'), { input: coventryLine(175), expectedVersion: current, reason: 'more', scenario }, editor);
    await api.query(deleteIn('HousingPlanLine'), { key: forensicKey, expectedVersion: 1, reason: 'gone', scenario }, editor);
    const versionBefore = (await readDataVersion(sql())).version;
    const { promoteScenario } = await api.query<{ promoteScenario: unknown }>(PROMOTE, { scenario, reason: 'agreed by the ICP board' }, editor);
    expect(promoteScenario).toEqual({ id: scenario, status: 'PROMOTED', closedBy: 'editor-qwu' });
    expect(await housing()).toEqual([{ la_code: 'E08000026', accommodation_type: 'SUPPORTED_LIVING', bed_spaces: 175, version: current + 1 }]);
    // One edit per change: the data version moves twice.
    expect((await readDataVersion(sql())).version).toBe(versionBefore + 2);
    const audit = await sql().rows<{ record_type: string; actor: string; reason: string; after: unknown }>(
      `select record_type, actor, reason, after from audit_trail where reason like 'promotion of scenario%' order by id`,
    );
    const reason = `promotion of scenario ${scenario} (Rebalance housing): agreed by the ICP board`;
    expect(audit).toEqual([
      expect.objectContaining({ record_type: 'HousingPlanLine', actor: 'editor-qwu', reason }),
      { record_type: 'HousingPlanLine', actor: 'editor-qwu', reason, after: null },
    ]);
    // A promoted scenario is closed: no more changes, no second promotion.
    const [again] = await api.errorsOf(PROMOTE, { scenario, reason: 'twice' }, editor);
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scenario' });
  });

  test('after a conflicting baseline edit: CONFLICT naming the record, nothing changed, the scenario still OPEN', async () => {
    const editor = await editorOfQwu();
    const scenario = await createScenario(api, editor);
    const [line] = await housing();
    await api.query(saveIn('Service'), {
      input: { serviceCode: 'QWU-SVC-TRY', name: 'Trial', icsCode: 'QWU', commissioner: 'ICB', provider: 'P', pathwayStage: 'COMMUNITY_SUPPORT',
        cohorts: ['ADULTS'], needCategories: ['AUTISM'], capacityPeople: 5, startDate: '2025-04-01' },
      reason: 'new', scenario,
    }, editor);
    await api.query(saveIn('HousingPlanLine'), { input: coventryLine(180), expectedVersion: line.version, reason: 'more', scenario }, editor);
    // Someone edits the same line on the baseline meanwhile.
    await api.query(saveIn('HousingPlanLine'), { input: coventryLine(141), expectedVersion: line.version, reason: 'baseline edit' }, await admin());
    const before = await snapshot(api.app.database);
    const auditBefore = (await sql().rows<{ n: number }>('select count(*)::int as n from audit_trail'))[0].n;
    const [error] = await api.errorsOf(PROMOTE, { scenario, reason: 'go' }, editor);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', recordType: 'HousingPlanLine', baseVersion: line.version, currentVersion: line.version + 1 });
    // The service (applied first) was rolled back with the rest.
    expect(await snapshot(api.app.database)).toEqual(before);
    expect((await sql().rows<{ n: number }>('select count(*)::int as n from audit_trail'))[0].n).toBe(auditBefore);
    expect((await api.query<{ scenario: { status: string } }>(SCENARIO, { id: scenario })).scenario.status).toBe('OPEN');
  });
});

describe('discard', () => {
  test('a discarded scenario can no longer be changed, applied or promoted; the baseline is untouched', async () => {
    const editor = await editorOfQwu();
    const scenario = await createScenario(api, editor);
    const line = (await housing()).find((l) => l.la_code === 'E08000026')!;
    await api.query(saveIn('HousingPlanLine'), { input: coventryLine(200), expectedVersion: line.version, reason: 'r', scenario }, editor);
    const before = await snapshot(api.app.database);
    expect(await api.errorsOf(DISCARD, { scenario }, await editorOfQhl())).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    expect((await api.query<{ discardScenario: unknown }>(DISCARD, { scenario }, editor)).discardScenario).toEqual({ id: scenario, status: 'DISCARDED' });
    expect(await snapshot(api.app.database)).toEqual(before);
    for (const [document, variables] of [
      [saveIn('HousingPlanLine'), { input: coventryLine(210), expectedVersion: 2, reason: 'r', scenario }],
      [FINDINGS, { filter: { icsCode: 'QWU' }, scenario }],
      [PROMOTE, { scenario, reason: 'r' }],
    ] as const) {
      const [error] = await api.errorsOf(document, variables, editor);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scenario' });
      expect(error.message).toContain('DISCARDED');
    }
  });

  test('an unknown scenario in a save is NOT_FOUND naming the argument', async () => {
    const [error] = await api.errorsOf(saveIn('HousingPlanLine'), { input: coventryLine(150), expectedVersion: 1, reason: 'r', scenario: '424242' }, await editorOfQwu());
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'scenario' });
  });
});
