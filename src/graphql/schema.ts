import 'reflect-metadata';
import { graphql, parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema, printSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { buildSchema, createResolversMap } from 'type-graphql';
import { authChecker } from '../auth/auth-checker.js';
import { resolvers } from './resolvers.js';
import { checkedRepresentations, entityReferenceResolvers } from './entity-references.js';
import { withoutPlainFieldResolvers } from './plain-fields.js';

// Federation 2: other subgraphs reference and extend our entities by their official codes.
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

let built: Promise<GraphQLSchema> | undefined;

/**
 * The served schema: the type-graphql schema turned into an Apollo Federation 2 subgraph
 * (adds `_service`, `_entities` and reference resolvers). Built once per process.
 */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= (async () => {
    const typeGraphqlSchema = await buildSchema({ resolvers, validate: false, skipCheck: true, authChecker });
    const typeDefs = parse(`${FEDERATION_LINK}\n${printSubgraphSchema(typeGraphqlSchema)}`);
    const resolverMap = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
    withoutPlainFieldResolvers(resolverMap);
    for (const [typeName, resolveReference] of Object.entries(entityReferenceResolvers)) {
      resolverMap[typeName] = { ...(resolverMap[typeName] as object), __resolveReference: resolveReference };
    }
    const schema = buildSubgraphSchema([{ typeDefs, resolvers: resolverMap }]);
    const entities = schema.getQueryType()!.getFields()._entities;
    const resolveEntities = entities.resolve!;
    entities.resolve = (source, args, context, info) =>
      resolveEntities(source, { ...args, representations: checkedRepresentations(args.representations) }, context, info);
    return schema;
  })();
  return built;
}

/** The SDL committed in schema/schema.graphql: the subgraph SDL a supergraph composes (`_service { sdl }`). */
export async function printApiSchema(): Promise<string> {
  const result = await graphql({ schema: await buildApiSchema(), source: '{ _service { sdl } }' });
  const sdl = (result.data as { _service: { sdl: string } } | null)?._service.sdl;
  if (!sdl) throw new Error(`cannot print the subgraph SDL: ${JSON.stringify(result.errors)}`);
  return `${sdl.trim()}\n`;
}
