import { asOfDateSetting, dateOfReading } from '../../config.js';
import type { SqlRunner } from '../../db/sql.js';
import { financialYearOf } from '../../outcome/group-population.sql.js';
import { editableRecords } from '../../record/editable-records.js';
import { deriveFindingsStatements, derivedStateStatement } from './derive-findings.sql.js';
import { derivationOn, maintainedFindingsOn, type Derivation } from './maintained-findings.sql.js';

/**
 * What a change wrote, for re-deriving the findings it touches: the audit trail rows it added (after its mark) name
 * the ICSs of every plan record changed; a change of any other table (places, ICSs, successions, population,
 * vocabularies, a service's cohorts) may move findings anywhere, and so may a year of need appearing or going (every
 * ICS's services are examined in the years any JSNA covers).
 */
export interface FindingsChange {
  /** Taken by `changeMark` before the change, in its transaction. */
  mark: ChangeMark;
  /** True when a table other than the audited records changed. */
  everywhere: boolean;
}

/** The last audit trail id and the years of need, before a change. */
export interface ChangeMark {
  auditId: number;
  needYears: string;
}

const MARK = `select coalesce((select max(id) from audit_trail), 0)::text as "auditId",
  coalesce((select string_agg(year::text, ',' order by year) from (select distinct year from assessed_needs) y), '') as "needYears"`;

/** The tables whose every change the audit trail records with the ICSs concerned. */
const AUDITED_TABLES = new Set(editableRecords.map((record) => record.table));

/** Whether changes to these tables (counted per table) can move findings of any ICS. */
export function changesEverywhere(counts: readonly { table: string; inserted: number; updated: number; deleted: number }[]): boolean {
  return counts.some((count) => !AUDITED_TABLES.has(count.table) && count.inserted + count.updated + count.deleted > 0);
}

/** The mark of a change: take it before the change, in its transaction (no statement when maintenance is off). */
export async function changeMark(sql: SqlRunner): Promise<ChangeMark> {
  if (!maintainedFindingsOn()) return { auditId: 0, needYears: '' };
  const [row] = await sql.rows<{ auditId: string; needYears: string }>(MARK);
  return { auditId: Number(row.auditId), needYears: row.needYears };
}

/** The derivation a write keeps the findings for: the server's date of reading (AS_OF_DATE or today) and settings. */
export function writeDerivation(env: NodeJS.ProcessEnv = process.env): Derivation {
  return derivationOn(dateOfReading(asOfDateSetting(env.AS_OF_DATE)));
}

/**
 * Re-derives the maintained findings a change touched, in the change's transaction, after the data version moved
 * (recordImport, recordEdit: the data version's row lock orders writers, so the state read here is the one the
 * previous writer left). Only the ICSs the change named, and the ICSs their records count in through successions,
 * when the findings held the data as it was just before the change for the same derivation; all of England
 * otherwise (first derivation, another date, a migration since, or a change outside the audited records).
 * Returns the ICSs re-derived (null: all; an empty list: none, or maintenance is off).
 */
export async function maintainFindings(sql: SqlRunner, change: FindingsChange, derivation = writeDerivation()): Promise<string[] | null> {
  if (!maintainedFindingsOn()) return [];
  const [state] = await sql.rows<{ current: boolean }>(
    `select coalesce(s.data_version = v.version - 1 and s.as_of_date = $1::date and s.clearance_years = $2::text, false) as current
     from maintained_gap_findings_state s cross join data_version v where s.id = 1 and v.id = 1`,
    [derivation.asOfDate, derivation.clearanceYears],
  );
  const [now] = await sql.rows<{ auditId: string; needYears: string }>(MARK);
  const partial = state?.current && !change.everywhere && now.needYears === change.mark.needYears;
  const icsCodes = partial ? await touchedIcs(sql, change.mark.auditId) : null;
  // Nothing touched (an import changing nothing): the findings stay, the state moves to the new data version.
  const statements = icsCodes?.length === 0 ? [] : deriveFindingsStatements(icsCodes, derivation, { years: await heldYears(sql) });
  await withDerivationSettings(sql, async () => {
    for (const { text, params } of [...statements, derivedStateStatement(derivation)]) await sql.rows(text, params);
  });
  return icsCodes;
}

/**
 * Runs the derivation with nested loops planned only where nothing else can run (lateral lookups) and no statement
 * timeout (all of England takes longer than a request may), restored after. The planner takes each CTE to hold a
 * few rows: for a page of findings a nested loop over them is right, but for every finding of an ICS it joins
 * thousands of rows to thousands (measured on the demo, before the register sums were joined: one ICS 17 s with
 * nested loops, 2.5 s without).
 */
async function withDerivationSettings(sql: SqlRunner, work: () => Promise<void>): Promise<void> {
  const [previous] = await sql.rows<{ nestloop: string; timeout: string }>(
    `select current_setting('enable_nestloop') as nestloop, current_setting('statement_timeout') as timeout,
            set_config('enable_nestloop', 'off', true), set_config('statement_timeout', '0', true)`,
  );
  try {
    await work();
  } finally {
    await sql.rows(`select set_config('enable_nestloop', $1::text, true), set_config('statement_timeout', $2::text, true)`, [
      previous.nestloop, previous.timeout,
    ]);
  }
}

/**
 * The financial years any finding can be in: those of the records findings are counted from, a year wider each side.
 * Deriving over them rather than every year a boundary may have (2000 to 2100) keeps the boundary CTEs a tenth
 * the size; the tests hold the findings equal to the reference's over all years. Null when nothing is held.
 */
async function heldYears(sql: SqlRunner): Promise<{ from: number; to: number } | null> {
  const periodYears = ['inpatient_census', 'dynamic_support_register', 'assessment_demand'].map(
    (table) => `select min(${financialYearOf('period_end')}), max(${financialYearOf('period_end')}) from ${table}`,
  );
  const years = ['assessed_needs', 'housing_plan_lines', 'workforce_plan_lines', 'finance_plan_lines', 'personal_budgets', 'workforce_training'].map(
    (table) => `select min(year), max(year) from ${table}`,
  );
  const [row] = await sql.rows<{ from: number | null; to: number | null }>(
    `select min(lo)::int - 1 as "from", max(hi)::int + 1 as "to" from (${[...years, ...periodYears].join(' union all ')}) held(lo, hi)`,
  );
  return row.from === null || row.to === null ? null : { from: row.from, to: row.to };
}

/**
 * The ICSs named by the audit trail rows after `mark` (a local authority's record names every ICS holding one of
 * its places), and their successors, transitively: a record of an abolished ICS counts in its successors.
 */
async function touchedIcs(sql: SqlRunner, mark: number): Promise<string[]> {
  const [row] = await sql.rows<{ codes: string[] }>(
    `with recursive touched(code) as (
       select distinct unnest(a.ics_codes) from audit_trail a where a.id > $1::bigint
       union
       select s.successor_ods_code from ics_successions s join touched t on s.predecessor_ods_code = t.code)
     select coalesce(array_agg(code order by code), '{}') as codes from touched`,
    [String(mark)],
  );
  return row.codes;
}

/**
 * Marks the maintained findings as not holding the data, in the open transaction: a scenario's replay changes
 * records without re-deriving (it is rolled back), so reads after it must take the reference statements.
 */
export async function markFindingsStale(sql: SqlRunner): Promise<void> {
  if (!maintainedFindingsOn()) return;
  await sql.rows(`update maintained_gap_findings_state set data_version = -1 where id = 1`);
}
