import { importDataset } from '../../src/dataset/index.js';
import { csv, snapshot, writeDataset } from '../dataset/support.js';
import type { TestApi } from '../support/api.js';
import { deleteMutation, saveMutation } from './record-cases.js';
import { as, openWritableApi, removeDatasets } from './support.js';

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
const admin = () => as(['ADMIN'], [], 'admin-1');

// The small dataset's Coventry supported-living line: 140 bed-spaces, written by the import (version 1).
const coventryLine = (bedSpaces: number) => ({
  icsCode: 'QWU', laCode: 'E08000026', accommodationType: 'SUPPORTED_LIVING', cohort: 'ADULTS', year: 2025, bedSpaces,
});
const coventryKey = { icsCode: 'QWU', laCode: 'E08000026', accommodationType: 'SUPPORTED_LIVING', cohort: 'ADULTS', year: 2025 };

const stored = async () =>
  (await sql().rows<{ bed_spaces: number; version: number }>(
    `select bed_spaces, version from housing_plan_lines where ics_code = 'QWU' and la_code = 'E08000026'
       and accommodation_type = 'SUPPORTED_LIVING' and cohort_code = 'ADULTS' and year = 2025`,
  ))[0];

describe('versions', () => {
  test('the import wrote every record at version 1, and names itself in the audit trail', async () => {
    expect(await stored()).toEqual({ bed_spaces: 140, version: 1 });
    const rows = await sql().rows<{ record_type: string; n: number; actor: string; reason: string }>(
      `select record_type, count(*)::int as n, min(actor) as actor, min(reason) as reason from audit_trail group by record_type order by record_type`,
    );
    // One row per record the small dataset holds (services 1, housing 2, workforce 1, finance 1, needs 1, census 1, targets 2,
    // metrics 1; register 1, assessment returns 1, personal budgets 2, training 1).
    expect(rows.map((row) => [row.record_type, row.n])).toEqual([
      ['AssessmentDemand', 1], ['DynamicSupportRegisterLine', 1], ['FinancePlanLine', 1], ['HousingPlanLine', 2],
      ['InpatientCensus', 1], ['MetricValue', 1], ['Need', 1], ['PersonalBudget', 2], ['Service', 1], ['Target', 2],
      ['WorkforcePlanLine', 1], ['WorkforceTraining', 1],
    ]);
    expect(new Set(rows.map((row) => row.actor))).toEqual(new Set(['import']));
    expect(rows[0].reason).toMatch(/^import of /);
  });

  test('a stale expectedVersion is CONFLICT with the current version and values; nothing changes', async () => {
    const before = await snapshot(api.app.database);
    const errors = await api.errorsOf(saveMutation('HousingPlanLine'), { input: coventryLine(150), expectedVersion: 7, reason: 'r' }, await editorOfQwu());
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1, currentValues: { bedSpaces: 140, icsCode: 'QWU' } });
    // Creating a record that exists is a conflict too.
    const create = await api.errorsOf(saveMutation('HousingPlanLine'), { input: coventryLine(150), reason: 'r' }, await editorOfQwu());
    expect(create[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect(await snapshot(api.app.database)).toEqual(before);
  });

  test('two concurrent edits of one record: exactly one wins, the other gets CONFLICT', async () => {
    const credentials = await editorOfQwu();
    const results = await Promise.all(
      [150, 160].map((bedSpaces) =>
        api.result(saveMutation('HousingPlanLine'), { input: coventryLine(bedSpaces), expectedVersion: 1, reason: `to ${bedSpaces}` }, credentials),
      ),
    );
    const winners = results.filter((result) => !result.errors);
    const losers = results.filter((result) => result.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const won = winners[0].data!.saveHousingPlanLine as { version: number; values: { bedSpaces: number } };
    expect(won.version).toBe(2);
    expect(losers[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, currentValues: { bedSpaces: won.values.bedSpaces } });
    expect(await stored()).toEqual({ bed_spaces: won.values.bedSpaces, version: 2 });
  });

  test('an import that changes a record bumps its version and is audited; one that changes nothing does neither', async () => {
    const housing = (bedSpaces: number) => ({
      'housing_plan.csv': csv('ics_code,la_code,accommodation_type,cohort,year,bed_spaces', `QWU,E08000026,SUPPORTED_LIVING,ADULTS,2025,${bedSpaces}`),
    });
    const { version } = await stored();
    await importDataset(api.app.database, writeDataset(housing(175)));
    expect(await stored()).toEqual({ bed_spaces: 175, version: version + 1 });
    const [entry] = await sql().rows<{ actor: string; before: { bed_spaces: number }; after: { bed_spaces: number; version: number } }>(
      `select actor, before, after from audit_trail where record_type = 'HousingPlanLine' order by id desc limit 1`,
    );
    expect(entry).toMatchObject({ actor: 'import', before: { bed_spaces: expect.any(Number) }, after: { bed_spaces: 175, version: version + 1 } });
    const audited = (await sql().rows<{ n: number }>('select count(*)::int as n from audit_trail'))[0].n;
    await importDataset(api.app.database, writeDataset(housing(175)));
    expect(await stored()).toEqual({ bed_spaces: 175, version: version + 1 });
    expect((await sql().rows<{ n: number }>('select count(*)::int as n from audit_trail'))[0].n).toBe(audited);
  });

  test('the plan queries show each record\'s version, to pass as expectedVersion', async () => {
    const { version } = await stored();
    const answer = await api.query<{ integratedCareSystem: { housingPlan: { edges: { node: { laCode: string | null; version: number } }[] } } }>(
      `{ integratedCareSystem(code: "QWU") { housingPlan(first: 50) { edges { node { laCode version } } } } }`,
    );
    expect(answer.integratedCareSystem.housingPlan.edges.map(({ node }) => node)).toContainEqual({ laCode: 'E08000026', version });
  });

  test('a save moves the data version, in its own transaction', async () => {
    const [{ version: dataBefore }] = await sql().rows<{ version: number }>('select version from data_version');
    const { version } = await stored();
    await api.query(saveMutation('HousingPlanLine'), { input: coventryLine(180), expectedVersion: version, reason: 'more homes' }, await editorOfQwu());
    const [{ version: dataAfter }] = await sql().rows<{ version: number }>('select version from data_version');
    expect(dataAfter).toBe(dataBefore + 1);
  });
});

describe('audit trail', () => {
  test('a mutation records actor, ICS, type, key, before, after and reason', async () => {
    const { version } = await stored();
    await api.query(saveMutation('HousingPlanLine'), { input: coventryLine(190), expectedVersion: version, reason: 'Coventry pipeline revised' }, await editorOfQwu());
    const page = await api.query<{ auditTrail: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(
      `{ auditTrail(filter: { icsCode: "QWU", recordType: "HousingPlanLine", actor: "editor-qwu" }, first: 1) {
          totalCount edges { node { actor actorName icsCodes recordType naturalKey before after reason changedAt } } } }`,
      {},
      await admin(),
    );
    expect(page.auditTrail.edges[0].node).toMatchObject({
      actor: 'editor-qwu',
      actorName: 'Test editor-qwu',
      icsCodes: ['QWU'],
      recordType: 'HousingPlanLine',
      naturalKey: { ics_code: 'QWU', la_code: 'E08000026', accommodation_type: 'SUPPORTED_LIVING', cohort_code: 'ADULTS', year: 2025 },
      before: { bed_spaces: 180, version },
      after: { bed_spaces: 190, version: version + 1 },
      reason: 'Coventry pipeline revised',
    });
  });

  test('a delete is audited with the values before; a second is NOT_FOUND', async () => {
    const { version } = await stored();
    const deleted = await api.query<{ deleteHousingPlanLine: { version: number; values: unknown } }>(
      deleteMutation('HousingPlanLine'), { key: coventryKey, expectedVersion: version, reason: 'scheme withdrawn' }, await editorOfQwu(),
    );
    expect(deleted.deleteHousingPlanLine).toMatchObject({ version, values: null });
    expect(await stored()).toBeUndefined();
    const [entry] = await sql().rows<{ before: { bed_spaces: number }; after: unknown; reason: string }>(
      `select before, after, reason from audit_trail order by id desc limit 1`,
    );
    expect(entry).toEqual({ before: expect.objectContaining({ bed_spaces: 190 }), after: null, reason: 'scheme withdrawn' });
    const again = await api.errorsOf(deleteMutation('HousingPlanLine'), { key: coventryKey, expectedVersion: version, reason: 'r' }, await editorOfQwu());
    expect(again.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  test('a delete with a bad key field is BAD_USER_INPUT naming it', async () => {
    const errors = await api.errorsOf(deleteMutation('HousingPlanLine'), { key: { ...coventryKey, year: 1999 }, expectedVersion: 1, reason: 'r' }, await editorOfQwu());
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'key', field: 'year' });
  });

  test('an empty reason is BAD_USER_INPUT naming reason', async () => {
    const errors = await api.errorsOf(saveMutation('HousingPlanLine'), { input: coventryLine(1), reason: '  ' }, await editorOfQwu());
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  test('the table refuses update, delete and truncate', async () => {
    for (const statement of ['update audit_trail set reason = null', 'delete from audit_trail', 'truncate audit_trail']) {
      await expect(sql().rows(statement)).rejects.toThrow(/append-only/);
    }
  });

  test('who reads it: ADMIN all; an editor its own ICSs; READER and anonymous callers nothing', async () => {
    const query = (icsCode?: string) =>
      `{ auditTrail${icsCode ? `(filter: { icsCode: "${icsCode}" })` : ''} { totalCount edges { node { icsCodes } } } }`;
    const codes = async (icsCode: string | undefined, credentials: { authorization?: string }) =>
      (await api.errorsOf(query(icsCode), {}, credentials)).map((error) => error.extensions?.code);
    expect(await codes(undefined, {})).toEqual(['UNAUTHENTICATED']);
    expect(await codes(undefined, await as(['READER']))).toEqual(['FORBIDDEN']);
    expect(await codes('QHL', await editorOfQwu())).toEqual(['FORBIDDEN']);
    const own = await api.query<{ auditTrail: { totalCount: number; edges: { node: { icsCodes: string[] } }[] } }>(query(), {}, await editorOfQwu());
    expect(own.auditTrail.totalCount).toBeGreaterThan(0);
    for (const { node } of own.auditTrail.edges) expect(node.icsCodes).toContain('QWU');
    const all = await api.query<{ auditTrail: { totalCount: number } }>(query(), {}, await admin());
    expect(all.auditTrail.totalCount).toBeGreaterThan(own.auditTrail.totalCount);
  });

  test('pages follow one another without repeats', async () => {
    type Page = { auditTrail: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const credentials = await admin();
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await api.query<Page>(
        `query ($after: String) { auditTrail(first: 3, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        credentials,
      );
      ids.push(...page.auditTrail.edges.map((edge) => edge.node.id));
      if (!page.auditTrail.pageInfo.hasNextPage) break;
      after = page.auditTrail.pageInfo.endCursor;
    }
    const total = (await sql().rows<{ n: number }>('select count(*)::int as n from audit_trail'))[0].n;
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });
});
