import type { GapDomain, GapLevel } from '../gap-enums.js';
import type { SqlParams } from '../../db/sql-params.js';
import type { ScopeSql } from './scope.js';

/**
 * Columns every domain's findings select returns, in this order, so the domains can be unioned:
 * domain, level, ics_code, la_code, cohort_code, need_category_code, pathway_stage_code, role, year,
 * need (numeric; null when it cannot be computed), provision (numeric), unit.
 */
export const FINDING_COLUMNS = [
  'domain', 'level', 'ics_code', 'la_code', 'cohort_code', 'need_category_code', 'pathway_stage_code', 'role', 'year',
  'need', 'provision', 'unit',
] as const;

/** One gap domain's SQL: its CTEs, its findings at each level it has, and the records behind a page of them. */
export interface DomainSql {
  domain: GapDomain;
  levels: readonly GapLevel[];
  /** CTE definitions (`name as (…)`), each with a name prefixed by the domain, after the scope CTEs. */
  ctes(scope: ScopeSql, params: SqlParams): string[];
  /** A select of FINDING_COLUMNS at `level`. */
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
