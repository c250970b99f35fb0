import { fileURLToPath } from 'node:url';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';

// The fixture (test/fixtures/boundaries/README.md): South East ICSs across 1 April 2026, with successions.
const fixture = fileURLToPath(new URL('../fixtures/boundaries/', import.meta.url));

let api: TestApi;
const asOfBefore = process.env.AS_OF_DATE;
beforeAll(async () => {
  api = await openTestApi();
  await importDataset(api.app.database, fixture);
});
afterEach(() => {
  if (asOfBefore === undefined) delete process.env.AS_OF_DATE;
  else process.env.AS_OF_DATE = asOfBefore;
});
afterAll(() => api.close());

interface Listed {
  integratedCareSystems: { totalCount: number; edges: { node: { odsCode: string; isCurrent: boolean } }[] };
}
const LIST = `query ($filter: IntegratedCareSystemFilter, $first: Int) {
  integratedCareSystems(filter: $filter, first: $first) { totalCount edges { node { odsCode isCurrent } } }
}`;
const codes = (data: Listed) => data.integratedCareSystems.edges.map((edge) => edge.node.odsCode);

describe('integratedCareSystems(filter: { asAt })', () => {
  test('asAt 2025-06-30 lists the ICSs of then, in name order, none of them new', async () => {
    process.env.AS_OF_DATE = '2026-11-29';
    const data = await api.query<Listed>(LIST, { filter: { asAt: '2025-06-30' } });
    expect(codes(data)).toEqual(['QNQ', 'QRL', 'QKS', 'QXU']);
    expect(data.integratedCareSystems.totalCount).toBe(4);
    // isCurrent is about today (AS_OF_DATE), not asAt: Frimley and Surrey Heartlands were abolished since.
    expect(data.integratedCareSystems.edges.map((edge) => edge.node.isCurrent)).toEqual([false, true, true, false]);
  });

  test('the last day of the old ICBs and the first of the new ones', async () => {
    const onDay = async (asAt: string) => codes(await api.query<Listed>(LIST, { filter: { asAt } }));
    expect(await onDay('2026-03-31')).toEqual(['QNQ', 'QRL', 'QKS', 'QXU']);
    expect(await onDay('2026-04-01')).toEqual(['QRL', 'QKS', 'S9B9J', 'S0E4D']);
  });

  test('without asAt the list is the ICSs of AS_OF_DATE, and totalCount follows it', async () => {
    process.env.AS_OF_DATE = '2027-05-01';
    const now = await api.query<Listed>(LIST, { first: 1 });
    expect(now.integratedCareSystems.totalCount).toBe(4);
    expect(codes(now)).toEqual(['QRL']);
    process.env.AS_OF_DATE = '2024-01-01';
    // QNQ, QXU and QRL from 2022-07-01; QKS since always: 4 then too, but not the same 4.
    expect(codes(await api.query<Listed>(LIST))).toEqual(['QNQ', 'QRL', 'QKS', 'QXU']);
    process.env.AS_OF_DATE = '2022-06-30';
    expect(codes(await api.query<Listed>(LIST))).toEqual(['QKS']);
  });

  test('an AS_OF_DATE that is not a date is an error naming the setting', async () => {
    process.env.AS_OF_DATE = '1 April 2026';
    const errors = await api.errorsOf(LIST);
    expect(errors).toHaveLength(1);
  });

  test('asAt that is not a date is refused by the schema', async () => {
    const errors = await api.errorsOf(LIST, { filter: { asAt: '2026-02-30' } });
    expect(errors.map((error) => error.message).join('\n')).toMatch(/asAt/);
  });
});

const ICS = `query ($code: String!) {
  integratedCareSystem(code: $code) {
    odsCode onsCode name validFrom validTo isCurrent
    predecessors { predecessor { odsCode } successor { odsCode } effectiveDate partMoved }
    successors { predecessor { odsCode } successor { odsCode validFrom } effectiveDate partMoved }
    places { laCode populationShare validFrom validTo }
  }
}`;

test('a 5-character ICB is found by its ODS code (any case) and its ONS code, with its predecessors', async () => {
  process.env.AS_OF_DATE = '2026-11-29';
  for (const code of ['S9B9J', 's9b9j', 'E54000069']) {
    const { integratedCareSystem } = await api.query<{ integratedCareSystem: Record<string, unknown> }>(ICS, { code });
    expect(integratedCareSystem).toEqual({
      odsCode: 'S9B9J',
      onsCode: 'E54000069',
      name: 'NHS Surrey and Sussex Integrated Care Board',
      validFrom: '2026-04-01',
      validTo: null,
      isCurrent: true,
      predecessors: [
        { predecessor: { odsCode: 'QNQ' }, successor: { odsCode: 'S9B9J' }, effectiveDate: '2026-04-01', partMoved: 'Surrey Heath and Farnham' },
        { predecessor: { odsCode: 'QXU' }, successor: { odsCode: 'S9B9J' }, effectiveDate: '2026-04-01', partMoved: 'whole' },
      ],
      successors: [],
      places: [{ laCode: 'E10000030', populationShare: 1, validFrom: '2026-04-01', validTo: null }],
    });
  }
});

test('an abolished ICS answers by its code with its dates, its successors and its places of then', async () => {
  process.env.AS_OF_DATE = '2026-11-29';
  const { integratedCareSystem } = await api.query<{ integratedCareSystem: Record<string, unknown> }>(ICS, { code: 'QNQ' });
  expect(integratedCareSystem).toEqual({
    odsCode: 'QNQ',
    onsCode: 'E54000034',
    name: 'NHS Frimley Integrated Care Board',
    validFrom: '2022-07-01',
    validTo: '2026-03-31',
    isCurrent: false,
    predecessors: [],
    successors: [
      {
        predecessor: { odsCode: 'QNQ' },
        successor: { odsCode: 'QRL', validFrom: '2022-07-01' },
        effectiveDate: '2026-04-01',
        partMoved: 'Rushmoor and part of Hart (north-east Hampshire)',
      },
      { predecessor: { odsCode: 'QNQ' }, successor: { odsCode: 'S0E4D', validFrom: '2026-04-01' }, effectiveDate: '2026-04-01', partMoved: 'East Berkshire' },
      { predecessor: { odsCode: 'QNQ' }, successor: { odsCode: 'S9B9J', validFrom: '2026-04-01' }, effectiveDate: '2026-04-01', partMoved: 'Surrey Heath and Farnham' },
    ],
    places: [
      { laCode: 'E10000014', populationShare: 0.14, validFrom: null, validTo: '2026-03-31' },
      { laCode: 'E10000030', populationShare: 0.14, validFrom: null, validTo: '2026-03-31' },
    ],
  });
});

test('_entities resolves a 5-character ICB and an abolished one, with their dates', async () => {
  process.env.AS_OF_DATE = '2026-11-29';
  const data = await api.query<{ _entities: unknown[] }>(
    `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on IntegratedCareSystem { odsCode validFrom validTo isCurrent } }
    }`,
    {
      representations: [
        { __typename: 'IntegratedCareSystem', odsCode: 'S1Y5D' },
        { __typename: 'IntegratedCareSystem', odsCode: 'S0E4D' },
        { __typename: 'IntegratedCareSystem', onsCode: 'E54000052' },
      ],
    },
  );
  expect(data._entities).toEqual([
    null,
    { odsCode: 'S0E4D', validFrom: '2026-04-01', validTo: null, isCurrent: true },
    { odsCode: 'QXU', validFrom: '2022-07-01', validTo: '2026-03-31', isCurrent: false },
  ]);
});

test('predecessors and successors of a whole list are loaded in one statement each, not one per ICS', async () => {
  api.statements.length = 0;
  await api.query(`{
    integratedCareSystems(filter: { asAt: "2026-04-01" }) {
      edges { node { odsCode predecessors { partMoved predecessor { name } } successors { partMoved } } }
    }
  }`);
  const successions = api.statements.filter((statement) => statement.includes('from ics_successions'));
  expect(successions).toHaveLength(2);
  // The list, its successions (2) and the predecessors they name (1 batched lookup).
  expect(api.statements.filter((statement) => statement.includes('from integrated_care_systems, unnest'))).toHaveLength(1);
});
