import { readFileSync } from 'node:fs';
import type { TestApi } from '../support/api.js';
import { as, openWritableApi, removeDatasets } from '../record/support.js';

let api: TestApi;
beforeAll(async () => {
  api = await openWritableApi();
});
afterAll(async () => {
  await api.close();
  removeDatasets();
});

/** The operations of the README's scenario section, in order (one per paragraph of its GraphQL block). */
function readmeOperations(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Trying a change first: scenarios'), readme.indexOf('## The dataset format'));
  return section.split('```graphql\n')[1].split('```')[0].trim().split(/\n\n/);
}

test("the README's scenario example runs as written and gives the figures it states", async () => {
  const [create, save, compare] = readmeOperations();
  const editor = await as(['ICS_EDITOR'], ['QWU'], 'editor-qwu');
  // A fresh database: the README's scenario "1" is the first one created.
  expect(await api.query(create, {}, editor)).toEqual({ createScenario: { id: '1' } });
  expect(await api.query(save, {}, editor)).toMatchObject({ saveService: { version: 1, values: { capacityPeople: 40 } } });
  const { scenarioComparison } = await api.query<{ scenarioComparison: Record<string, unknown>[] }>(compare);
  const change = { cohort: 'ADULTS', needCategory: 'AUTISM', pathwayStage: 'COMMUNITY_SUPPORT', year: 2025, gapChange: -40 };
  const figures = { baseline: { need: 195, provision: 120, gap: 75, severity: 'HIGH' }, scenario: { need: 195, provision: 160, gap: 35, severity: 'MEDIUM' } };
  expect(scenarioComparison).toEqual([
    { domain: 'SERVICES', level: 'ICS', laCode: null, ...change, ...figures },
    { domain: 'SERVICES', level: 'PLACE', laCode: 'E08000026', ...change, ...figures },
  ]);
});
