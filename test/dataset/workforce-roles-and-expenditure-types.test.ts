import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/index.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { openTestDatabase } from '../support/database.js';
import { checksums, listen } from '../export/support.js';
import { fixturesRoot } from '../gap/support/fixtures.js';

// The two fixture datasets together: roles by name and by code, finance lines with and without a type.
let api: TestApi;
let base: string;
let copy: Database | undefined;
const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'ics-wfin-'));
  folders.push(made);
  return made;
};

beforeAll(async () => {
  api = await openTestApi();
  const dataset = folder();
  cpSync(join(fixturesRoot, 'workforce-in-post-and-planned'), dataset, { recursive: true });
  for (const file of ['finance_plan.csv', 'needs.csv', 'unit_costs.csv']) {
    cpSync(join(fixturesRoot, 'finance-revenue-and-capital', file), join(dataset, file));
  }
  rmSync(join(dataset, 'expected.json'));
  rmSync(join(dataset, 'README.md'));
  await importDataset(api.app.database, dataset);
  base = await listen(api);
});
afterAll(async () => {
  await Promise.all([api.close(), copy?.close()]);
  for (const made of folders) rmSync(made, { recursive: true, force: true });
});

const exported = async (file: string) => (await fetch(`${base}/export/${file}`)).text();

test('roles named for the first time join the roles vocabulary with their names; seeded roles keep theirs', async () => {
  const roles = await api.app.database.sql().rows<{ code: string; name: string }>(
    `select code, name from workforce_roles where code in (select role from workforce_plan_lines) order by code`,
  );
  expect(roles).toEqual([
    { code: 'INTENSIVE_SUPPORT_PRACTITIONER', name: 'Intensive support practitioner' },
    { code: 'LD_LIAISON_NURSE', name: 'Ld liaison nurse' },
    { code: 'LEARNING_DISABILITY_NURSE', name: 'Learning disability nurse' },
    { code: 'SPEECH_AND_LANGUAGE_THERAPIST', name: 'Speech and language therapist' },
  ]);
});

test("the export writes each role's name and each line's expenditure type", async () => {
  expect((await exported('workforce_plan.csv')).split(/\r?\n/).slice(0, 3)).toEqual([
    'ics_code,role,pathway_stage,year,wte_in_post,wte_planned,wte_required',
    'QWU,Intensive support practitioner,CRISIS_AND_INTENSIVE_SUPPORT,2026,0.00,3.00,3.00',
    'QWU,Ld liaison nurse,DISCHARGE_AND_STEP_DOWN,2025,1.00,2.00,2.00',
  ]);
  expect((await exported('finance_plan.csv')).split(/\r?\n/).filter(Boolean)).toEqual([
    'ics_code,funding_source,pathway_stage,cohort,year,amount_gbp,pooled,expenditure_type',
    'QWU,CAPITAL,COMMUNITY_SUPPORT,ADULTS,2025,400000.00,false,CAPITAL',
    'QWU,CAPITAL,HOUSING_AND_ACCOMMODATION,ADULTS,2025,1000000.00,false,CAPITAL',
    'QWU,DOWRY,HOUSING_AND_ACCOMMODATION,ADULTS,2025,200000.00,true,REVENUE',
    'QWU,ICB_BASELINE,HOUSING_AND_ACCOMMODATION,ADULTS,2025,400000.00,false,REVENUE',
    'QWU,LOCAL_AUTHORITY,HOUSING_AND_ACCOMMODATION,ADULTS,2025,250000.00,false,CAPITAL',
    'QWU,LOCAL_AUTHORITY,HOUSING_AND_ACCOMMODATION,ADULTS,2025,300000.00,false,REVENUE',
  ]);
});

test('the export imports into an empty database as the same roles, plan lines and finance lines', async () => {
  const again = folder();
  for (const file of ['integrated_care_systems.csv', 'local_authorities.csv', 'places.csv', 'workforce_plan.csv', 'finance_plan.csv']) {
    writeFileSync(join(again, file), await exported(file));
  }
  copy = await openTestDatabase();
  await importDataset(copy, again);
  const tables = async (database: Database) => {
    const { workforce_roles, workforce_plan_lines, finance_plan_lines } = await checksums(database);
    return { workforce_roles, workforce_plan_lines, finance_plan_lines };
  };
  expect(await tables(copy)).toEqual(await tables(api.app.database));
  const report = await importDataset(api.app.database, again);
  expect(report.files.flatMap((file) => file.tables).filter((t) => t.inserted || t.updated || t.deleted)).toEqual([]);
});
