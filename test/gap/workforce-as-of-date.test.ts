import { join } from 'node:path';
import { asOfDateSetting, configFromEnv, dateOfReading } from '../../src/config.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { fixturesRoot } from './support/fixtures.js';

// The lines of test/fixtures/gap/workforce-in-post-and-planned (see its README.md), read on other dates.
const QUERY = `{ gapFindings(filter: { domain: WORKFORCE, icsCode: "QWU" }, orderBy: PATHWAY) {
  edges { node { role year need provision severity explanation { workforceProvision asOfDate } } } } }`;

interface Findings {
  gapFindings: {
    edges: { node: { role: string; year: number; need: number; provision: number; severity: string; explanation: { workforceProvision: string; asOfDate: string } } }[];
  };
}

async function readOn(asOfDate: string): Promise<Findings['gapFindings']['edges'][number]['node'][]> {
  const api: TestApi = await openTestApi({ env: { AS_OF_DATE: asOfDate } });
  try {
    await importDataset(api.app.database, join(fixturesRoot, 'workforce-in-post-and-planned'));
    return (await api.query<Findings>(QUERY)).gapFindings.edges.map((edge) => edge.node);
  } finally {
    await api.close();
  }
}

const provisionOf = (nodes: Awaited<ReturnType<typeof readOn>>) =>
  nodes.map((node) => [node.role, node.year, node.explanation.workforceProvision, node.provision, node.severity]);

test('on 31 March 2026, the last day of 2025/26, years up to 2025 count staff in post and 2026 planned', async () => {
  const nodes = await readOn('2026-03-31');
  expect(provisionOf(nodes)).toEqual([
    ['LEARNING_DISABILITY_NURSE', 2024, 'IN_POST', 8, 'MEDIUM'],
    ['LEARNING_DISABILITY_NURSE', 2025, 'IN_POST', 7.5, 'MEDIUM'],
    ['SPEECH_AND_LANGUAGE_THERAPIST', 2025, 'IN_POST', 2, 'HIGH'],
    ['LD_LIAISON_NURSE', 2025, 'IN_POST', 1, 'HIGH'],
    ['LEARNING_DISABILITY_NURSE', 2026, 'PLANNED', 9.5, 'LOW'],
    ['INTENSIVE_SUPPORT_PRACTITIONER', 2026, 'PLANNED', 3, 'NONE'],
  ]);
  expect(new Set(nodes.map((node) => node.explanation.asOfDate))).toEqual(new Set(['2026-03-31']));
});

test('on 1 April 2026, 2026/27 is under way: its staff in post count, and a year with none in post is CRITICAL', async () => {
  expect(provisionOf(await readOn('2026-04-01')).slice(4)).toEqual([
    // 10 required, 0 in post (9.5 were planned): a break.
    ['LEARNING_DISABILITY_NURSE', 2026, 'IN_POST', 0, 'CRITICAL'],
    // 3 required, 0 in post (3 planned).
    ['INTENSIVE_SUPPORT_PRACTITIONER', 2026, 'IN_POST', 0, 'CRITICAL'],
  ]);
});

test('before every year of the plan (31 March 2024, in 2023/24), every year counts its planned staff', async () => {
  expect(provisionOf(await readOn('2024-03-31'))).toEqual([
    // 9 planned of 10 required: coverage 0.9, LOW.
    ['LEARNING_DISABILITY_NURSE', 2024, 'PLANNED', 9, 'LOW'],
    ['LEARNING_DISABILITY_NURSE', 2025, 'PLANNED', 10, 'NONE'],
    ['SPEECH_AND_LANGUAGE_THERAPIST', 2025, 'PLANNED', 4, 'NONE'],
    ['LD_LIAISON_NURSE', 2025, 'PLANNED', 2, 'NONE'],
    ['LEARNING_DISABILITY_NURSE', 2026, 'PLANNED', 9.5, 'LOW'],
    ['INTENSIVE_SUPPORT_PRACTITIONER', 2026, 'PLANNED', 3, 'NONE'],
  ]);
});

test('AS_OF_DATE must be a real date written YYYY-MM-DD', () => {
  expect(configFromEnv({ AS_OF_DATE: '2026-04-01' }).asOfDate).toBe('2026-04-01');
  expect(configFromEnv({}).asOfDate).toBeNull();
  for (const bad of ['2026-02-30', '01/04/2026', '2026-4-1', 'today']) {
    expect(() => asOfDateSetting(bad)).toThrow(`AS_OF_DATE must be a date written YYYY-MM-DD, such as 2026-03-31 (was '${bad}')`);
  }
});

test("without AS_OF_DATE, figures are read on today's date in England", () => {
  // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (British Summer Time): the new financial year.
  expect(dateOfReading(null, new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
  expect(dateOfReading(null, new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-15');
  expect(dateOfReading('2025-06-15', new Date('2026-01-15T12:00:00Z'))).toBe('2025-06-15');
});
