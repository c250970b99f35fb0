import { GAP_DOMAINS } from '../../src/gap/domains/index.js';
import { GapLevel } from '../../src/gap/GapLevel.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { csv, removeDatasets, writeDataset } from '../dataset/support.js';

type Variables = Record<string, unknown>;

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
  // A census return for QWU, so INPATIENTS has findings on the demo whether or not it holds a census of its own.
  await importDataset(api.app.database, writeDataset({
    'inpatient_census.csv': csv(
      'ics_code,population_group,commissioner,period_end,inpatients,total_los_5_years_plus,outside_home_icb,admissions,transfers,discharges,cetr_due,cetr_on_time',
      'QWU,AGE_18_PLUS,ICB,2025-03-31,26,5,9,3,0,4,8,7',
    ),
  }));
});
afterAll(async () => {
  await api?.close();
  removeDatasets();
});

const FINDINGS = `query($filter: GapFilter!) {
  gapFindings(filter: $filter, first: 20) { totalCount edges { node { domain level unit pathwayStage explanation { rule } } } }
}`;

interface Finding {
  domain: string;
  level: string;
  unit: string;
  pathwayStage: string | null;
  explanation: { rule: string };
}

interface Result {
  gapFindings: { totalCount: number; edges: { node: Finding }[] };
}

/*
 * Every domain of the registry at every level, so a new domain file is checked as soon as it is listed:
 * the API offers it, its findings carry its unit and rule at the levels it has, and the others are refused.
 */
const DOMAIN_LEVELS = GAP_DOMAINS.flatMap((domain) => Object.values(GapLevel).map((level) => [domain.name, level, domain] as const));

test.each(DOMAIN_LEVELS)('%s at %s level', async (name, level, domain) => {
  const rule = domain.rules[level];
  if (rule === undefined) {
    const errors = await api.errorsOf(FINDINGS, { filter: { domain: name, level } });
    const refusal = /^Argument "filter\.domain": .* level only \(level was /;
    expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(refusal)]);
    return;
  }
  const { gapFindings } = await api.query<Result, Variables>(FINDINGS, { filter: { domain: name, level } });
  expect(gapFindings.totalCount).toBeGreaterThan(0);
  for (const { node } of gapFindings.edges) {
    expect(node).toMatchObject({ domain: name, level, unit: domain.unit, explanation: { rule } });
    if (domain.stage !== undefined) expect(node.pathwayStage).toBe(domain.stage);
  }
});

const ONE_STAGE = GAP_DOMAINS.filter((domain) => domain.stage !== undefined).map((domain) => [domain.name, domain] as const);

test.each(ONE_STAGE)('%s sits at one stage: a filter on another leaves it out', async (name, domain) => {
  const { pathwayStages } = await api.query<{ pathwayStages: { code: string }[] }>('{ pathwayStages { code } }');
  const count = async (pathwayStage: string) =>
    (await api.query<Result, Variables>(FINDINGS, { filter: { domain: name, pathwayStage } })).gapFindings.totalCount;
  expect(await count(domain.stage!)).toBeGreaterThan(0);
  for (const { code } of pathwayStages.filter((stage) => stage.code !== domain.stage)) expect(await count(code)).toBe(0);
});

test('the GraphQL enum GapDomain is the registry, in order, with each domain\'s description', async () => {
  const { __type } = await api.query<{ __type: { enumValues: { name: string; description: string }[] } }>(
    '{ __type(name: "GapDomain") { enumValues { name description } } }',
  );
  expect(__type.enumValues).toEqual(GAP_DOMAINS.map(({ name, description }) => ({ name, description })));
});
