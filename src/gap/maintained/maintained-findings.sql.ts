import { assessmentClearanceYears } from '../../config.js';
import type { SqlParams } from '../../db/sql-params.js';
import { VALID_ON } from '../../organisation/validity.js';
import { FINDING_COLUMNS, literal, type GapDomainSpec } from '../domain-spec.js';
import { yearRange, type GapFilterValues } from '../gap-filter.js';

// Reading the maintained findings (see derive-findings.sql.ts for how they are written): the same columns as
// the domains' union, so grading, filtering, ordering, paging and analytics run unchanged over them.

/** What a set of maintained findings was derived for: a read for anything else must not use them. */
export interface Derivation {
  /** The date read on (workforce counts WTE in post up to the year under way, planned after). */
  asOfDate: string;
  /** ASSESSMENT_CLEARANCE_YEARS (DIAGNOSTIC_ASSESSMENT need). */
  clearanceYears: string;
}

export function derivationOn(asOfDate: string): Derivation {
  return { asOfDate, clearanceYears: assessmentClearanceYears() };
}

/**
 * MAINTAINED_GAP_FINDINGS=on: imports and edits keep the findings in tables and reads use them. Off unless set:
 * deriving all of England with explanations costs several times a demo import today (see the README's figures),
 * so it is switched on where reads outnumber writes. Off, findings are computed on each read, as before. Read on
 * each call, like the other settings a request reads.
 */
export function maintainedFindingsOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MAINTAINED_GAP_FINDINGS?.trim().toLowerCase() === 'on';
}

/** Maintained findings serve a read on each year's own boundaries; a re-basing (`boundariesAsAt`) computes them. */
export function maintainedServes(filter: GapFilterValues): boolean {
  return maintainedFindingsOn() && filter.boundariesAsAt === null;
}

/**
 * The maintained findings matching the filter's level, domains, years, ICS and local authority, as the
 * `findings` CTE (with `id`, for the explanation). An ICS named by its ONS code is found as by the scope; with
 * `laCode`, only the ICSs holding a place of the authority on the year's 1 April, as the scope keeps.
 */
export function maintainedFindingsSelect(params: SqlParams, filter: GapFilterValues, domains: readonly GapDomainSpec[]): string {
  const { from, to } = yearRange(filter);
  const names = params.add(domains.map((domain) => domain.name), 'text[]');
  const fromYear = params.add(from, 'int');
  const toYear = params.add(to, 'int');
  const ics = params.add(filter.icsCode, 'text');
  const la = params.add(filter.laCode, 'text');
  return `select m.id, ${FINDING_COLUMNS.map((column) => `m.${column}`).join(', ')}
    from maintained_gap_findings m
    where m.level = ${literal(filter.level)} and m.domain = any(${names})
      and (${fromYear} is null or m.year >= ${fromYear}) and (${toYear} is null or m.year <= ${toYear})
      and (${ics} is null or m.ics_code in (select i.ods_code from integrated_care_systems i where i.ods_code = ${ics} or i.ons_code = ${ics}))
      and (${la} is null or exists (select 1 from places p where p.ics_code = m.ics_code and p.la_code = ${la}
        and ${VALID_ON('p', 'make_date(m.year, 4, 1)')}))`;
}

/** The join giving each page row `pg` of maintained findings its stored explanation, as `ex.explanation`. */
export const MAINTAINED_EXPLANATION_JOIN = 'left join maintained_gap_findings ex on ex.id = pg.id';

/**
 * SQL, true when the maintained findings hold the data as it is now (the data version they were derived at is
 * the current one: an import or edit since, or a migration, moves it) for this derivation.
 */
export function freshnessSql(params: SqlParams, derivation: Derivation): string {
  const asOf = params.add(derivation.asOfDate, 'text');
  const clearance = params.add(derivation.clearanceYears, 'text');
  return `coalesce((select s.data_version = v.version and s.as_of_date = ${asOf}::date and s.clearance_years = ${clearance}
      from maintained_gap_findings_state s cross join data_version v where s.id = 1 and v.id = 1), false)`;
}
