import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { printApiSchema } from '../../src/graphql/schema.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { startWaitingListSubgraph, waitingListTypeDefs } from './waiting-list-subgraph.js';

let api: TestApi;
let waitingList: Awaited<ReturnType<typeof startWaitingListSubgraph>>;
let gateway: ApolloServer;

beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
  await new Promise<void>((resolve) => api.app.http.listen(0, '127.0.0.1', resolve));
  waitingList = await startWaitingListSubgraph();
  const composition = composeServices([
    {
      name: 'ics-needs',
      typeDefs: parse(await printApiSchema()),
      url: `http://127.0.0.1:${(api.app.http.address() as AddressInfo).port}/graphql`,
    },
    { name: 'waiting-list', typeDefs: waitingListTypeDefs, url: waitingList.url },
  ]);
  if (composition.errors) throw new Error(composition.errors.map((e) => e.message).join('\n'));
  gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composition.supergraphSdl }) });
  await gateway.start();
});

afterAll(async () => {
  await gateway.stop();
  await waitingList.stop();
  await api.close();
});

test('a gateway over both subgraphs merges our ICS with the fields another subgraph adds', async () => {
  const response = await gateway.executeOperation({
    query: `{
      integratedCareSystem(code: "E54000018") { odsCode name region { name } waitingListWeeks }
      longestWaits { odsCode name waitingListWeeks }
    }`,
  });
  expect(response.body.kind === 'single' && response.body.singleResult).toEqual({
    data: {
      integratedCareSystem: {
        odsCode: 'QWU',
        name: 'NHS Coventry and Warwickshire Integrated Care Board',
        region: { name: 'Midlands' },
        waitingListWeeks: 61,
      },
      longestWaits: [
        { odsCode: 'QHL', name: 'NHS Birmingham and Solihull Integrated Care Board', waitingListWeeks: 74 },
        { odsCode: 'QWU', name: 'NHS Coventry and Warwickshire Integrated Care Board', waitingListWeeks: 61 },
        { odsCode: 'QOP', name: 'NHS Greater Manchester Integrated Care Board', waitingListWeeks: 48 },
      ],
    },
  });
});

test('_service returns the committed subgraph SDL', async () => {
  const data = await api.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
  expect(`${data._service.sdl.trim()}\n`).toBe(await printApiSchema());
});

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on IntegratedCareSystem { odsCode name region { name } places { laCode } }
    ... on LocalAuthority { onsCode name }
  }
}`;

test('_entities resolves representations by ODS code, ONS code and local authority code', async () => {
  const data = await api.query<{ _entities: { odsCode?: string; onsCode?: string }[] }>(entitiesQuery, {
    representations: [
      { __typename: 'IntegratedCareSystem', odsCode: 'QWU' },
      { __typename: 'IntegratedCareSystem', onsCode: 'E54000018' },
      { __typename: 'LocalAuthority', onsCode: 'E08000026' },
    ],
  });
  expect(data._entities.map((entity) => entity.odsCode ?? entity.onsCode)).toEqual(['QWU', 'QWU', 'E08000026']);
});

test('_entities resolves a new 5-character ICB and an abolished one, each with its dates', async () => {
  const data = await api.query<{ _entities: { odsCode: string; validFrom: string | null; validTo: string | null; isCurrent: boolean }[] }>(
    `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on IntegratedCareSystem { odsCode validFrom validTo isCurrent } }
    }`,
    {
      representations: [
        { __typename: 'IntegratedCareSystem', odsCode: 'S9B9J' },
        { __typename: 'IntegratedCareSystem', odsCode: 'QNQ' },
      ],
    },
  );
  expect(data._entities).toEqual([
    { odsCode: 'S9B9J', validFrom: '2026-04-01', validTo: null, isCurrent: true },
    { odsCode: 'QNQ', validFrom: null, validTo: '2026-03-31', isCurrent: false },
  ]);
});

test('_entities costs the same number of statements for 1 and for 40 representations', async () => {
  const rows = await api.app.database.sql().rows<{ ods_code: string }>('select ods_code from integrated_care_systems order by 1');
  const count = async (codes: string[]) => {
    api.statements.length = 0;
    const data = await api.query<{ _entities: unknown[] }>(entitiesQuery, {
      representations: codes.map((odsCode) => ({ __typename: 'IntegratedCareSystem', odsCode })),
    });
    expect(data._entities).toHaveLength(codes.length);
    return api.statements.length;
  };
  const one = await count(rows.slice(0, 1).map((row) => row.ods_code));
  const forty = await count(rows.slice(0, 40).map((row) => row.ods_code));
  expect(forty).toBe(one);
});
