import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate, type GraphQLSchema } from 'graphql';
import type { Database } from '../../src/db/database.js';
import { REPO_ROOT } from './child-server.js';

/**
 * What the product offers at this commit. Features colleagues are still building are found by
 * importing their module or validating the bench's operation against the served schema, so the
 * suite runs end to end at every stage and names what it had to skip.
 */
export type Importer = (database: Database, folder: string) => Promise<{ elapsedMs: number; files: { file: string; rowsRead: number }[] }>;

export interface Features {
  importer: Importer | null;
  importerReason: string;
  schema: GraphQLSchema | null;
  schemaReason: string;
}

export async function detectFeatures(): Promise<Features> {
  const features: Features = { importer: null, importerReason: '', schema: null, schemaReason: '' };
  if (!existsSync(join(REPO_ROOT, 'src', 'dataset', 'index.ts'))) {
    features.importerReason = 'the dataset importer (src/dataset/index.ts) is not there yet';
  } else {
    try {
      const module = (await import('../../src/dataset/index.js')) as { importDataset?: Importer };
      if (typeof module.importDataset === 'function') features.importer = module.importDataset;
      else features.importerReason = 'src/dataset/index.ts exports no importDataset';
    } catch (error) {
      features.importerReason = `the dataset importer does not load: ${firstLine(error)}`;
    }
  }
  try {
    const { buildApiSchema } = await import('../../src/graphql/schema.js');
    features.schema = await buildApiSchema();
  } catch (error) {
    features.schemaReason = `the GraphQL schema does not build: ${firstLine(error)}`;
  }
  return features;
}

/** Null when the operation validates against the schema, else why it cannot run here. */
export function unsupported(features: Features, query: string): string | null {
  if (!features.schema) return features.schemaReason;
  const errors = validate(features.schema, parse(query));
  return errors.length ? `not in the schema yet (${errors[0].message})` : null;
}

export function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0].slice(0, 240);
}
