import { SqlParams } from '../../db/sql-params.js';
import { FINDING_COLUMNS, NO_FINDINGS } from '../domain-spec.js';
import { domainsAt } from '../domains/index.js';
import { GapLevel } from '../GapLevel.js';
import { scopeSql } from '../scope.sql.js';
import type { Derivation } from './maintained-findings.sql.js';

type Statement = { text: string; params: unknown[] };

/**
 * The statements re-deriving the maintained findings of some ICSs (null: all of England), in order: their rows
 * deleted, then each level's findings inserted, computed by the reference statements (the domains' own CTEs, on
 * each year's own boundaries, every year), each with its explanation. ICS findings come from the domains' own
 * ICS rules over their place cells, exactly as a read computes them.
 */
export function deriveFindingsStatements(
  icsCodes: string[] | null,
  derivation: Derivation,
  { explained = true, years = null }: { explained?: boolean; years?: { from: number; to: number } | null } = {},
): Statement[] {
  return [
    { text: 'delete from maintained_gap_findings where $1::text[] is null or ics_code = any($1::text[])', params: [icsCodes] },
    ...[GapLevel.PLACE, GapLevel.ICS].map((level) => deriveLevel(level, icsCodes, derivation, explained, years)),
  ];
}

/** The statement recording that the maintained findings hold the current data version for this derivation. */
export function derivedStateStatement(derivation: Derivation): Statement {
  return {
    text: `update maintained_gap_findings_state set data_version = (select version from data_version where id = 1),
             as_of_date = $1::date, clearance_years = $2::text, refreshed_at = clock_timestamp() where id = 1`,
    params: [derivation.asOfDate, derivation.clearanceYears],
  };
}

/** One level's findings of the ICSs, with explanations: the findings statement's CTEs with every finding as its page. */
function deriveLevel(
  level: GapLevel,
  icsCodes: string[] | null,
  derivation: Derivation,
  explained: boolean,
  years: { from: number; to: number } | null,
): Statement {
  const params = new SqlParams();
  const scope = scopeSql(params, {
    icsCodes, laCode: null, fromYear: years?.from ?? null, toYear: years?.to ?? null, pathwayStage: null, boundariesAsAt: null, asOfDate: derivation.asOfDate,
  });
  const domains = domainsAt(level);
  const explanations = explained ? domains.map((domain) => domain.explanation(level)) : [];
  const asOf = params.add(derivation.asOfDate, 'text');
  const ctes = [
    ...scope.ctes,
    ...domains.flatMap((domain) => domain.ctes(scope, params)),
    `findings as (${domains.length ? domains.map((domain) => domain.findings(level)).join('\nunion all\n') : NO_FINDINGS})`,
    `page as materialized (select f.*, (row_number() over ())::int as position from findings f)`,
    ...explanations.flatMap((explanation) => explanation.ctes),
    `explained as materialized (${explanations.length ? explanations.map((e) => e.select).join('\nunion all\n') : 'select null::int as position, null::jsonb as explanation where false'})`,
  ];
  const columns = FINDING_COLUMNS.join(', ');
  const text = `with ${ctes.join(',\n')}
    insert into maintained_gap_findings (${columns}, explanation, as_of_date)
    select ${FINDING_COLUMNS.map((column) => `pg.${column}`).join(', ')}, ex.explanation, ${asOf}::date
    from page pg left join explained ex on ex.position = pg.position`;
  return { text, params: params.values };
}
