import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { importDataset } from '../../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../../support/api.js';

export const fixturesRoot = fileURLToPath(new URL('../../fixtures/gap/', import.meta.url));

/** A fixture's expectations: findings for filters, and whole GraphQL answers. */
export interface FixtureExpectations {
  about: string;
  findings?: { name: string; filter: Record<string, unknown>; orderBy?: string; first?: number; expected: Record<string, unknown>[] }[];
  queries?: { name: string; query: string; variables?: Record<string, unknown>; expected: unknown }[];
}

export function fixtureNames(): string[] {
  return readdirSync(fixturesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(fixturesRoot, entry.name, 'expected.json')))
    .map((entry) => entry.name)
    .sort();
}

export function fixtureExpectations(name: string): FixtureExpectations {
  return JSON.parse(readFileSync(join(fixturesRoot, name, 'expected.json'), 'utf8')) as FixtureExpectations;
}

export function fixtureHasNeeds(name: string): boolean {
  return existsSync(join(fixturesRoot, name, 'needs.csv'));
}

/** A test API on a fresh database holding just the fixture's dataset, loaded by the importer. */
export async function openFixtureApi(name: string): Promise<TestApi> {
  const api = await openTestApi();
  await importDataset(api.app.database, join(fixturesRoot, name));
  api.statements.length = 0;
  return api;
}
