import type { SqlParams } from '../db/sql-params.js';
import type { GapLevel } from './GapLevel.js';
import type { GapUnit } from './GapUnit.js';
import type { ScopeSql } from './scope.sql.js';

/**
 * Columns every domain's findings select returns, in this order, so the domains can be unioned:
 * domain, level, ics_code, la_code, cohort_code, need_category_code, pathway_stage_code, role, year,
 * need (numeric; null when it cannot be computed), provision (numeric), unit; then the dimensions and
 * outputs only some domains have: basis (CASELOAD, PER_YEAR), population_group, need_source, role_name,
 * target_rate_per_million and actual_rate_per_million (numeric); and direction (MEET_NEED, REDUCE: how
 * gap, coverage and severity are derived from need and provision, see `grading`); then
 * direct_payment_people and phb_people (numeric; PERSONAL_BUDGETS only, summed by gapAnalytics); then
 * DIAGNOSTIC_ASSESSMENT's projected_waiting_list, months_to_standard and implied_wait_weeks (numeric).
 */
export const FINDING_COLUMNS = [
  'domain', 'level', 'ics_code', 'la_code', 'cohort_code', 'need_category_code', 'pathway_stage_code', 'role', 'year',
  'need', 'provision', 'unit',
  'basis', 'population_group', 'need_source', 'role_name', 'target_rate_per_million', 'actual_rate_per_million', 'direction',
  'direct_payment_people', 'phb_people',
  'projected_waiting_list', 'months_to_standard', 'implied_wait_weeks',
] as const;

const NUMERIC_COLUMNS: readonly FindingColumn[] = [
  'need', 'provision', 'target_rate_per_million', 'actual_rate_per_million',
  'direct_payment_people', 'phb_people',
  'projected_waiting_list', 'months_to_standard', 'implied_wait_weeks',
];

export type FindingColumn = (typeof FINDING_COLUMNS)[number];

/**
 * One gap domain: what it compares with need, at which levels, in what unit, by which rule, and its SQL.
 * Each domain is one file under `domains/`, listed once in `domains/index.ts`; the findings statement,
 * analytics, filter checks and the GraphQL enum `GapDomain` all iterate over that list.
 */
export interface GapDomainSpec<Name extends string = string> {
  /** Its value of the GraphQL enum `GapDomain`, and its findings' `domain`. */
  name: Name;
  /** REDUCE when need is a ceiling to stay under (inpatients against a trajectory); MEET_NEED by default. */
  direction?: 'MEET_NEED' | 'REDUCE';
  /** The enum value's description: what is compared with what. */
  description: string;
  unit: GapUnit;
  /**
   * The levels it has findings at, each with its rule: how such a finding is derived, in words an
   * analyst can check the figures against. A level it does not have is a filter error.
   */
  rules: { readonly [L in GapLevel]?: string };
  /** The one pathway stage all its findings sit at, if any: a filter on another stage leaves it out. */
  stage?: string;
  /** CTE definitions (`name as (…)`), each with a name prefixed by the domain, after the scope CTEs. */
  ctes(scope: ScopeSql, params: SqlParams): string[];
  /** A select of FINDING_COLUMNS at `level` (see `findingsSelect`). */
  findings(level: GapLevel): string;
  /**
   * CTEs and a final select of `(position, explanation jsonb)` for this domain's rows of the CTE `page`
   * (findings with their `position`), so the records behind a finding are gathered only for one page.
   */
  explanation(level: GapLevel): { ctes: string[]; select: string };
}

/** SQL literal for a constant from code (enum values, never caller input). */
export function literal(value: string): string {
  if (!/^[A-Z_]+$/.test(value)) throw new Error(`not a code constant: ${value}`);
  return `'${value}'::text`;
}

const NULL_OF = (column: FindingColumn) =>
  column === 'year' ? 'null::int' : NUMERIC_COLUMNS.includes(column) ? 'null::numeric' : 'null::text';

/** An empty findings select with the common columns, when no domain has findings for the filter. */
export const NO_FINDINGS = `select ${FINDING_COLUMNS.map((column) => `${NULL_OF(column)} as ${column}`).join(', ')} where false`;

/**
 * A domain's findings select at `level` from `from`: each column as `columns` gives it in SQL, domain,
 * level and unit from the domain, and null for the dimensions it does not have.
 */
export function findingsSelect(
  domain: GapDomainSpec,
  level: GapLevel,
  from: string,
  columns: Partial<Record<FindingColumn, string>>,
  groupBy?: readonly string[],
): string {
  const sql: Partial<Record<FindingColumn, string>> = {
    domain: literal(domain.name), level: literal(level), unit: literal(domain.unit),
    direction: literal(domain.direction ?? 'MEET_NEED'), ...columns,
  };
  return `select ${FINDING_COLUMNS.map((column) => `${sql[column] ?? NULL_OF(column)} as ${column}`).join(', ')}
    from ${from}${groupBy ? `\n    group by ${groupBy.join(', ')}` : ''}`;
}

/** The condition picking this domain's rows of the CTE `page` (`pg`), for its explanation. */
export function pageRowsOf(domain: GapDomainSpec): string {
  return `pg.domain = ${literal(domain.name)}`;
}
