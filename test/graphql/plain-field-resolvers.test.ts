import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildApiSchema } from '../../src/graphql/schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name];

// A plain property is read by GraphQL's default resolver; a field computed by a resolver method keeps it.
test.each([
  ['AssessedNeed', 'people', false],
  ['AssessedNeed', 'laCode', false],
  ['IntegratedCareSystem', 'odsCode', false],
  ['IntegratedCareSystem', 'needs', true],
  ['IntegratedCareSystem', 'places', true],
  ['Query', 'integratedCareSystems', true],
  ['Query', '_entities', true],
  ['Mutation', 'saveNeed', true],
])('%s.%s has its own resolver: %s', (type, name, resolved) => {
  expect(field(type, name)).toBeDefined();
  expect(field(type, name).resolve !== undefined).toBe(resolved);
});
