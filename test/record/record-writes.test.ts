import { snapshot } from '../dataset/support.js';
import type { TestApi } from '../support/api.js';
import { recordCases, saveMutation } from './record-cases.js';
import { as, openWritableApi, removeDatasets } from './support.js';

let api: TestApi;
beforeAll(async () => {
  api = await openWritableApi();
});
afterAll(async () => {
  await api.close();
  removeDatasets();
});

const auditCount = async () => (await api.app.database.sql().rows<{ n: number }>('select count(*)::int as n from audit_trail'))[0].n;

type Caller = 'anonymous' | 'READER' | 'EDITOR_QWU' | 'EDITOR_QHL' | 'ADMIN';
const callers: Record<Caller, () => Promise<{ authorization?: string }>> = {
  anonymous: async () => ({}),
  READER: () => as(['READER']),
  EDITOR_QWU: () => as(['ICS_EDITOR'], ['QWU']),
  EDITOR_QHL: () => as(['ICS_EDITOR'], ['QHL']),
  ADMIN: () => as(['ADMIN']),
};

/** Who may save a record of each ICS: the role matrix of issue 14 (an editor only its own ICS). */
const refused: Record<'QWU' | 'QHL', [Caller, string][]> = {
  QWU: [['anonymous', 'UNAUTHENTICATED'], ['READER', 'FORBIDDEN'], ['EDITOR_QHL', 'FORBIDDEN']],
  QHL: [['anonymous', 'UNAUTHENTICATED'], ['READER', 'FORBIDDEN'], ['EDITOR_QWU', 'FORBIDDEN']],
};

describe.each(recordCases)('save$type', ({ type, input, bad }) => {
  test.each(['QWU', 'QHL'] as const)('of %s: refused to others, allowed to its editor and ADMIN', async (ics) => {
    for (const [caller, code] of refused[ics]) {
      const before = await snapshot(api.app.database);
      const audited = await auditCount();
      const errors = await api.errorsOf(saveMutation(type), { input: input(ics), reason: 'matrix' }, await callers[caller]());
      expect([caller, errors.map((error) => error.extensions?.code)]).toEqual([caller, [code]]);
      expect(await snapshot(api.app.database)).toEqual(before);
      expect(await auditCount()).toBe(audited);
    }
    const editor = ics === 'QWU' ? 'EDITOR_QWU' : 'EDITOR_QHL';
    const created = await api.result(saveMutation(type), { input: input(ics), reason: 'new plan line' }, await callers[editor]());
    expect(created.errors).toBeUndefined();
    expect(created.data?.[`save${type}`]).toMatchObject({ recordType: type, version: 1 });
    // ADMIN changes any ICS's records; the same values again change nothing (the version stays).
    const again = await api.result(saveMutation(type), { input: input(ics), expectedVersion: 1, reason: 'check' }, await callers.ADMIN());
    expect(again.errors).toBeUndefined();
    expect(again.data?.[`save${type}`]).toMatchObject({ version: 1 });
  });

  test(`bad ${bad.field}: BAD_USER_INPUT naming the field, nothing stored`, async () => {
    const before = await snapshot(api.app.database);
    const audited = await auditCount();
    const errors = await api.errorsOf(
      saveMutation(type),
      { input: { ...input('QWU'), [bad.field]: bad.value }, expectedVersion: null, reason: 'bad' },
      await callers.ADMIN(),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: bad.field });
    expect(errors[0].message).toContain(bad.field);
    expect(await snapshot(api.app.database)).toEqual(before);
    expect(await auditCount()).toBe(audited);
  });
});

test('a national target (scope England) is changed by ADMIN only', async () => {
  const target = { ...recordCases.find((c) => c.type === 'Target')!.input('QWU'), scope: 'England', unit: 'PER_MILLION', due: '2028-03-31' };
  const refusedEditor = await api.errorsOf(saveMutation('Target'), { input: target, reason: 'r' }, await callers.EDITOR_QWU());
  expect(refusedEditor.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  const saved = await api.result(saveMutation('Target'), { input: target, reason: 'national refresh' }, await callers.ADMIN());
  expect(saved.errors).toBeUndefined();
});

test('an editor may not move another ICS’s service into its own', async () => {
  const service = recordCases[0].input('QHL');
  await api.query(saveMutation('Service'), { input: { ...service, serviceCode: 'QHL-SVC-MOVE' }, reason: 'r' }, await callers.ADMIN());
  const errors = await api.errorsOf(
    saveMutation('Service'),
    { input: { ...service, serviceCode: 'QHL-SVC-MOVE', icsCode: 'QWU' }, expectedVersion: 1, reason: 'take it' },
    await callers.EDITOR_QWU(),
  );
  expect(errors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
});

test('a target is checked against its metric as stored (one direction per metric)', async () => {
  const target = { ...recordCases.find((c) => c.type === 'Target')!.input('QWU'), direction: 'AT_LEAST', due: '2029-03-31' };
  const errors = await api.errorsOf(saveMutation('Target'), { input: target, reason: 'r' }, await callers.ADMIN());
  expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'direction' });
  expect(errors[0].message).toBe("input.direction: metric INPATIENTS_ADULT has direction 'AT_MOST' as stored");
});
