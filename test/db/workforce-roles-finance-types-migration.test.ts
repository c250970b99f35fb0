import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '../../src/db/database.js';
import { quoteIdent, urlForDatabase, withAdminClient } from '../support/postgres-admin.js';
import { readTestRun } from '../support/test-run.js';

// Stored plans from before workforce roles and expenditure types are kept by the migration that adds them.
const BEFORE = 'Migration20261129083423_stage_direction';

let database: Database;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  const run = readTestRun();
  if (run.postgres) {
    const name = `${run.postgres.prefix}_${randomUUID().slice(0, 8)}`;
    await withAdminClient(run.postgres.adminUrl, (client) => client.query(`create database ${quoteIdent(name)}`));
    database = await openDatabase({ databaseUrl: urlForDatabase(run.postgres.adminUrl, name) }, { migrate: false });
    cleanUp = () =>
      withAdminClient(run.postgres!.adminUrl, (client) => client.query(`drop database if exists ${quoteIdent(name)} with (force)`)).then(() => {});
  } else {
    const folder = mkdtempSync(join(tmpdir(), 'ics-migration-'));
    database = await openDatabase({ pgliteDir: folder }, { migrate: false });
    cleanUp = async () => rmSync(folder, { recursive: true, force: true });
  }
  await database.orm.migrator.up({ to: BEFORE });
  await database.sql().rows(`insert into regions (ods_code, name) values ('Y60', 'Midlands')`);
  await database.sql().rows(`insert into integrated_care_systems (ods_code, ons_code, name, region_ods_code)
    values ('QWU', 'E54000018', 'NHS Coventry and Warwickshire Integrated Care Board', 'Y60')`);
  await database.sql().rows(`insert into workforce_plan_lines (ics_code, role, pathway_stage_code, year, wte_in_post, wte_planned, wte_required)
    values ('QWU', 'LEARNING_DISABILITY_NURSE', 'COMMUNITY_SUPPORT', 2025, 8, 9, 10),
           ('QWU', 'LD_LIAISON_NURSE', 'COMMUNITY_SUPPORT', 2025, 1, 2, 2)`);
  await database.sql().rows(`insert into finance_plan_lines (ics_code, funding_source, pathway_stage_code, cohort_code, year, amount_gbp, pooled)
    values ('QWU', 'ICB_BASELINE', 'COMMUNITY_SUPPORT', 'ADULTS', 2025, 500000, false),
           ('QWU', 'CAPITAL', 'HOUSING_AND_ACCOMMODATION', 'ADULTS', 2025, 1000000, false)`);
  await database.orm.migrator.up();
});

afterAll(async () => {
  await database?.close();
  await cleanUp?.();
});

test('stored plan lines keep their roles, which join the roles vocabulary (a role not seeded is named from its code)', async () => {
  const rows = await database.sql().rows<{ role: string; name: string; wte_in_post: string }>(
    `select w.role, r.name, w.wte_in_post::text as wte_in_post from workforce_plan_lines w
     join workforce_roles r on r.code = w.role order by w.role`,
  );
  expect(rows).toEqual([
    { role: 'LD_LIAISON_NURSE', name: 'Ld liaison nurse', wte_in_post: '1.00' },
    { role: 'LEARNING_DISABILITY_NURSE', name: 'Learning disability nurse', wte_in_post: '8.00' },
  ]);
});

test('stored finance lines are REVENUE, except those of the CAPITAL source, which are CAPITAL', async () => {
  const rows = await database.sql().rows<{ funding_source: string; expenditure_type: string; amount_gbp: string }>(
    `select funding_source, expenditure_type, amount_gbp::text as amount_gbp from finance_plan_lines order by funding_source`,
  );
  expect(rows).toEqual([
    { funding_source: 'CAPITAL', expenditure_type: 'CAPITAL', amount_gbp: '1000000.00' },
    { funding_source: 'ICB_BASELINE', expenditure_type: 'REVENUE', amount_gbp: '500000.00' },
  ]);
});

test('afterwards the database takes DOWRY lines and a capital line beside a revenue one, and refuses CAPITAL source revenue', async () => {
  const insert = (source: string, type: string) =>
    database.sql().rows(
      `insert into finance_plan_lines (ics_code, funding_source, pathway_stage_code, cohort_code, year, amount_gbp, pooled, expenditure_type)
       values ('QWU', $1, 'COMMUNITY_SUPPORT', 'ADULTS', 2025, 1, false, $2)`,
      [source, type],
    );
  await insert('DOWRY', 'REVENUE');
  await insert('ICB_BASELINE', 'CAPITAL');
  await expect(insert('CAPITAL', 'REVENUE')).rejects.toThrow(/finance_plan_lines_expenditure_type_check/);
});
