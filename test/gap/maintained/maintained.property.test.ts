import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDataset } from '../../../src/dataset/index.js';
import { openTestApi, TEST_AS_OF_DATE, type TestApi } from '../../support/api.js';
import { datasetArbitrary, writeDataset, type GeneratedDataset } from '../support/generated-dataset.js';
import { expectMaintainedEqualsReference } from './support.js';

const ENV = { MAINTAINED_GAP_FINDINGS: 'on', AS_OF_DATE: TEST_AS_OF_DATE };
const saved = Object.fromEntries(Object.keys(ENV).map((key) => [key, process.env[key]]));
let api: TestApi;
let workDir: string;
beforeAll(async () => {
  Object.assign(process.env, ENV);
  api = await openTestApi();
  workDir = mkdtempSync(join(tmpdir(), 'maintained-property-'));
});
afterAll(async () => {
  await api?.close();
  rmSync(workDir, { recursive: true, force: true });
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

// Each run starts from no plans (the importer upserts): the previous run's rows are removed first.
const PLAN_TABLES = [
  'commissioned_service_cohorts', 'commissioned_service_need_categories', 'commissioned_services',
  'housing_plan_lines', 'assessed_needs', 'places',
];

const FILTERS = [{ level: 'ICS' }, { level: 'PLACE' }, { level: 'PLACE', icsCode: 'QWU' }, { year: 2025 }];

async function expectEqualReference(): Promise<void> {
  for (const filter of FILTERS) await expectMaintainedEqualsReference(api.app.database.sql(), filter as never, TEST_AS_OF_DATE);
}

test('on generated datasets, the maintained findings equal the reference after an import and after a one-ICS change', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(datasetArbitrary, fc.nat(1000), async (data: GeneratedDataset, extra) => {
      const sql = api.app.database.sql();
      for (const table of PLAN_TABLES) await sql.rows(`delete from ${table}`);
      const folder = join(workDir, `run-${++run}`);
      writeDataset(folder, data);
      await importDataset(api.app.database, folder);
      await expectEqualReference();
      // One housing line's bed-spaces changed by an import of that file alone: only its ICS is re-derived.
      const line = data.housing[extra % Math.max(data.housing.length, 1)];
      if (!line) return;
      const change = join(workDir, `run-${run}-change`);
      mkdirSync(change);
      writeFileSync(
        join(change, 'housing_plan.csv'),
        `ics_code,la_code,accommodation_type,cohort,year,bed_spaces\n${line.ics},${line.la ?? ''},${line.type},${line.cohort},${line.year},${line.beds + 1 + (extra % 7)}\n`,
      );
      const others = `select id::text, refreshed_at::text from maintained_gap_findings where ics_code <> $1 order by id`;
      const before = await sql.rows(others, [line.ics]);
      await importDataset(api.app.database, change);
      expect(await sql.rows(others, [line.ics])).toEqual(before);
      await expectEqualReference();
    }),
    { numRuns: 12 },
  );
});
