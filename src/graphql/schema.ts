import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './resolvers.js';

let built: Promise<GraphQLSchema> | undefined;

/** The type-graphql schema, built once per process (type-graphql keeps global metadata). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, skipCheck: true });
  return built;
}
