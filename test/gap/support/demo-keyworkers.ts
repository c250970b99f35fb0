import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { demoDatasetFolder } from '../../support/datasets.js';

/** Cohorts whose ages end by 25 (DOMAIN.md v2, KEYWORKERS: cohorts up to YOUNG_ADULTS_18_25). */
const AGED_0_25 = new Set(['EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', 'CHILDREN_14_17', 'YOUNG_ADULTS_18_25']);

const financialYear = (date: string) => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);

/**
 * KEYWORKERS findings the demo register gives, counted from seeds/demo/dynamic_support_register.csv by the domain's
 * rule rather than by the engine: a place finding per place × year × cohort aged 0–25 with lines giving keyworkers at
 * the place's last period end with such lines in the year; an ICS finding per ICS × year × cohort of its places'.
 */
export function demoKeyworkerFindings(filter: { level: 'ICS' | 'PLACE'; icsCode?: string; laCode?: string; year?: number }): number {
  const rows = (parse(readFileSync(join(demoDatasetFolder, 'dynamic_support_register.csv')), { columns: true }) as Record<string, string>[])
    .filter((row) => AGED_0_25.has(row.cohort) && row.red_with_keyworker !== '' && row.amber_with_keyworker !== '' && row.blue_with_keyworker !== '')
    .map((row) => ({ ics_code: row.ics_code, la_code: row.la_code, cohort: row.cohort, period_end: row.period_end, year: financialYear(row.period_end) }))
    .filter((row) => (filter.icsCode === undefined || row.ics_code === filter.icsCode) && (filter.laCode === undefined || row.la_code === filter.laCode))
    .filter((row) => filter.year === undefined || row.year === filter.year);
  const lastPeriodEnd = new Map<string, string>();
  for (const row of rows) {
    const place = `${row.ics_code}|${row.la_code}|${row.year}`;
    if ((lastPeriodEnd.get(place) ?? '') < row.period_end) lastPeriodEnd.set(place, row.period_end);
  }
  const latest = rows.filter((row) => lastPeriodEnd.get(`${row.ics_code}|${row.la_code}|${row.year}`) === row.period_end);
  const findings = new Set(
    latest.map((row) => (filter.level === 'PLACE' ? [row.ics_code, row.la_code, row.year, row.cohort] : [row.ics_code, row.year, row.cohort]).join('|')),
  );
  return findings.size;
}
