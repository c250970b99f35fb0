import { openTestApi, type TestApi } from '../support/api.js';
import type { Vars } from './paging.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

test.each([
  ['QWU', 'QWU'],
  ['E54000018', 'QWU'],
  ['qwu', 'QWU'],
  ['e54000018', 'QWU'],
  ['QOX', 'QOX'],
])('integratedCareSystem(code: %s) finds %s', async (code, odsCode) => {
  const data = await api.query<{ integratedCareSystem: { odsCode: string; onsCode: string } | null }, Vars>(
    `query ($code: String!) { integratedCareSystem(code: $code) { odsCode onsCode } }`,
    { code },
  );
  expect(data.integratedCareSystem?.odsCode ?? null).toBe(odsCode);
});

test.each(['QWX', 'E54999999'])('integratedCareSystem(code: %s) is null with a NOT_FOUND error naming the code', async (code) => {
  const result = await api.result(`query ($code: String!) { integratedCareSystem(code: $code) { odsCode } }`, { code });
  expect(result.data).toEqual({ integratedCareSystem: null });
  expect(result.errors).toEqual([
    expect.objectContaining({
      message: `No ICS has the ODS or ONS code '${code}'; integratedCareSystems lists them.`,
      path: ['integratedCareSystem'],
      extensions: expect.objectContaining({ code: 'NOT_FOUND', argument: 'code', value: code }),
    }),
  ]);
});

const TOO_MANY = 'Argument "first": must be between 0 and 500 (was 501)';

test.each([
  ['integratedCareSystems', '{ integratedCareSystems(first: 501) { totalCount } }'],
  ['localAuthorities', '{ localAuthorities(first: 501) { totalCount } }'],
  ...['needs', 'services', 'housingPlan', 'workforcePlan', 'financePlan', 'metrics'].map((field) => [
    `integratedCareSystem.${field}`,
    `{ integratedCareSystem(code: "QWU") { ${field}(first: 501) { totalCount } } }`,
  ]),
  ['localAuthority.needs', '{ localAuthority(onsCode: "E08000026") { needs(first: 501) { totalCount } } }'],
])('%s refuses a page above 500, naming `first`', async (_field, query) => {
  const errors = await api.errorsOf(query);
  expect(errors.map((error) => error.message)).toEqual([TOO_MANY]);
});

test.each(['services', 'housingPlan', 'workforcePlan', 'financePlan', 'metrics'])(
  '%s serves a page of 500 and pages of the default size 50',
  async (field) => {
    const data = await api.query<{ integratedCareSystem: Record<string, { totalCount: number; edges: unknown[] }> }>(
      `{ integratedCareSystem(code: "QWU") { max: ${field}(first: 500) { totalCount edges { cursor } } default: ${field} { edges { cursor } } } }`,
    );
    const { max, default: byDefault } = data.integratedCareSystem;
    expect(max.edges).toHaveLength(Math.min(500, max.totalCount));
    expect(byDefault.edges).toHaveLength(Math.min(50, max.totalCount));
  },
);

test('a page of a nested connection continues from its cursor', async () => {
  const query = `query ($after: String) {
    integratedCareSystem(code: "QWU") {
      services(first: 10, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { serviceCode } } }
    }
  }`;
  type Services = {
    integratedCareSystem: {
      services: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
        edges: { node: { serviceCode: string } }[];
      };
    };
  };
  const first = (await api.query<Services, Vars>(query, {})).integratedCareSystem.services;
  const second = (await api.query<Services, Vars>(query, { after: first.pageInfo.endCursor })).integratedCareSystem
    .services;
  const all = (await api.query<Services, Vars>(query.replace('first: 10', 'first: 500'), {})).integratedCareSystem
    .services;
  expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  expect(second.pageInfo.hasPreviousPage).toBe(true);
  expect(second.totalCount).toBe(all.totalCount);
  expect([...first.edges, ...second.edges]).toEqual(all.edges.slice(0, 20));
});
