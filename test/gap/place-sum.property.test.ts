import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { FINDINGS_QUERY, type FindingNode, type FindingsResult } from './support/findings-query.js';
import { basisOf, countedShare, datasetArbitrary, servesAnyCohort, writeDataset, type GeneratedDataset, type Service } from './support/generated-dataset.js';
import { placeSumDifferences } from './support/invariant.js';

type Variables = Record<string, unknown>;

let api: TestApi;
let workDir: string;
beforeAll(async () => {
  // Pages of 500 findings with every field cost more than the default limit.
  api = await openTestApi({ config: { maxCost: 200_000 } });
  workDir = mkdtempSync(join(tmpdir(), 'gap-property-'));
});
afterAll(async () => {
  await api?.close();
  rmSync(workDir, { recursive: true, force: true });
});

// Each run starts from no plans: the importer upserts, so rows of the previous run are removed first.
const PLAN_TABLES = [
  'commissioned_service_cohorts', 'commissioned_service_need_categories', 'commissioned_services',
  'housing_plan_lines', 'assessed_needs', 'places',
];

async function load(data: GeneratedDataset, run: number): Promise<void> {
  const sql = api.app.database.sql();
  for (const table of PLAN_TABLES) await sql.rows(`delete from ${table}`);
  const folder = join(workDir, `run-${run}`);
  writeDataset(folder, data);
  await importDataset(api.app.database, folder);
}

async function allFindings(filter: Variables): Promise<FindingNode[]> {
  const nodes: FindingNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page: FindingsResult = await api.query<FindingsResult, Variables>(FINDINGS_QUERY, { filter, first: 500, after });
    nodes.push(...page.gapFindings.edges.map((edge) => edge.node));
    if (!page.gapFindings.pageInfo.hasNextPage) return nodes;
    after = page.gapFindings.pageInfo.endCursor;
  }
}

/** Each cohort's ages from the cohorts table, an open-ended band counted to 89. */
async function cohortAges(): Promise<Map<string, [number, number]>> {
  const rows = await api.app.database.sql().rows<{ code: string; min_age: number; max_age: number | null }>(
    'select code, min_age, max_age from cohorts',
  );
  return new Map(rows.map((row) => [row.code, [row.min_age, row.max_age ?? 89]]));
}

test('on generated datasets, place findings add up to ICS findings and no capacity is lost or counted twice', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(datasetArbitrary, async (data) => {
      await load(data, ++run);
      const [ics, places] = [await allFindings({ level: 'ICS' }), await allFindings({ level: 'PLACE' })];
      const planned = ics.filter((f) => f.domain === 'SERVICES' || f.domain === 'HOUSING');
      expect(placeSumDifferences(planned, places)).toEqual([]);

      // Every service's counted capacity lands somewhere in its ICS, stage, basis and year, exactly once
      // (nowhere when its ages miss every cohort it lists).
      const ages = await cohortAges();
      const needYears = new Set(data.needs.map((n) => n.year));
      const keyOf = (s: Service, year: number) => `${s.ics}|${s.stage}|${basisOf(s)}|${year}`;
      for (const year of needYears) {
        for (const service of data.services.filter((s) => countedShare(s, year) > 0)) {
          const key = keyOf(service, year);
          const expected = data.services
            .filter((s) => keyOf(s, year) === key && servesAnyCohort(s, ages))
            .reduce((sum, s) => sum + s.capacity * countedShare(s, year), 0);
          const counted = ics
            .filter((f) => f.domain === 'SERVICES' && `${f.icsCode}|${f.pathwayStage}|${f.basis}|${f.year}` === key)
            .reduce((sum, f) => sum + f.provision, 0);
          expect(counted).toBeCloseTo(expected, 6);
        }
      }
      const bedsByIcsYear = (ics_: string, year: number) =>
        data.housing.filter((h) => h.ics === ics_ && h.year === year).reduce((sum, h) => sum + h.beds, 0);
      for (const h of data.housing) {
        const counted = ics
          .filter((f) => f.domain === 'HOUSING' && f.icsCode === h.ics && f.year === h.year)
          .reduce((sum, f) => sum + f.provision, 0);
        expect(counted).toBeCloseTo(bedsByIcsYear(h.ics, h.year), 6);
      }
    }),
    { numRuns: 15 },
  );
});
