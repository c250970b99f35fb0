import type { SqlRunner } from '../db/sql.js';
import type { Page } from '../graphql/connection.js';
import { financialYearLabel } from '../graphql/financial-year.js';
import { unknownCodeError } from './code-errors.js';
import { GapDomain, GapLevel, type GapOrder, type GapSeverity, type GapUnit } from './gap-enums.js';
import { DOMAINS_BY_LEVEL, yearRange, type GapFilterValues } from './gap-filter-values.js';
import { CHECK_COLUMNS, checksCte, type CheckRow } from './gap-sql/checks.js';
import { FINDING_COLUMNS, literal, type DomainSql } from './gap-sql/domain-sql.js';
import { financeSql } from './gap-sql/finance.js';
import { HOUSING_STAGE, housingSql } from './gap-sql/housing.js';
import { orderBySql } from './gap-sql/order.js';
import { scopeSql } from './gap-sql/scope.js';
import { servicesSql } from './gap-sql/services.js';
import { workforceSql } from './gap-sql/workforce.js';
import type { GapExplanation, GapFinding } from './GapFinding.type.js';
import { gapRule } from './rules.js';
import { coverageSql, severityRank, severityRankSql, severitySql, type SeverityThresholds } from './severity.js';
import { SqlParams } from './sql-params.js';

const DOMAIN_SQL: Record<GapDomain, DomainSql> = {
  [GapDomain.SERVICES]: servicesSql,
  [GapDomain.HOUSING]: housingSql,
  [GapDomain.WORKFORCE]: workforceSql,
  [GapDomain.FINANCE]: financeSql,
};

export interface GapFindingsRequest {
  filter: GapFilterValues;
  order: GapOrder;
  page: Page;
  thresholds: SeverityThresholds;
}

interface FindingRow extends CheckRow {
  total: number;
  domain: GapDomain | null;
  level: GapLevel;
  icsCode: string;
  laCode: string | null;
  cohort: string | null;
  needCategory: string | null;
  pathwayStage: string | null;
  role: string | null;
  year: number;
  need: number | null;
  provision: number;
  gap: number | null;
  coverage: number | null;
  severity: GapSeverity | null;
  unit: GapUnit;
  explanation: Omit<GapExplanation, 'rule'> | null;
}

/** One page of gap findings and the number matching, computed by one SQL statement. */
export async function findGapFindings(
  sql: SqlRunner,
  request: GapFindingsRequest,
): Promise<{ findings: GapFinding[]; totalCount: number }> {
  const { text, params } = gapFindingsStatement(request);
  const rows = await sql.rows<FindingRow>(text, params);
  const error = unknownCodeError(rows[0], request.filter, 'filter.');
  if (error) throw error;
  const findings = rows
    .filter((row) => row.domain !== null)
    .map(({ total, explanation, ...row }) => ({
      domain: row.domain!,
      level: row.level,
      icsCode: row.icsCode,
      laCode: row.laCode,
      cohort: row.cohort,
      needCategory: row.needCategory,
      pathwayStage: row.pathwayStage,
      role: row.role,
      year: row.year,
      yearLabel: financialYearLabel(row.year),
      need: row.need,
      provision: row.provision,
      gap: row.gap,
      coverage: row.coverage,
      severity: row.severity,
      unit: row.unit,
      explanation: { rule: gapRule(row.domain!, row.level), ...explanation },
    }));
  return { findings, totalCount: rows[0].total };
}

/** The domains a filter asks for. HOUSING findings sit at the HOUSING_AND_ACCOMMODATION stage. */
function domainsOf(filter: GapFilterValues): DomainSql[] {
  return DOMAINS_BY_LEVEL[filter.level]
    .filter((domain) => filter.domain === null || filter.domain === domain)
    .filter((domain) => domain !== GapDomain.HOUSING || filter.pathwayStage === null || filter.pathwayStage === HOUSING_STAGE)
    .map((domain) => DOMAIN_SQL[domain]);
}

export function gapFindingsStatement({ filter, order, page, thresholds }: GapFindingsRequest): { text: string; params: unknown[] } {
  const params = new SqlParams();
  const { from, to } = yearRange(filter);
  const checks = checksCte(params, filter);
  const scope = scopeSql(params, {
    icsCodes: filter.icsCode === null ? null : [filter.icsCode],
    laCode: filter.laCode,
    fromYear: from,
    toYear: to,
    pathwayStage: filter.pathwayStage,
  });
  const domains = domainsOf(filter);
  const level = filter.level;
  const explanations = domains.map((domain) => domain.explanation(level));
  const la = params.add(filter.laCode, 'text');
  const cohort = params.add(filter.cohort, 'text');
  const category = params.add(filter.needCategory, 'text');
  const stage = params.add(filter.pathwayStage, 'text');
  const low = params.add(thresholds.low, 'numeric');
  const medium = params.add(thresholds.medium, 'numeric');
  const minRank = params.add(filter.minSeverity === null ? null : severityRank(filter.minSeverity), 'int');
  const offset = params.add(page.offset, 'int');
  const end = params.add(page.offset + page.limit, 'int');
  const ctes = [
    checks,
    ...scope.ctes,
    ...domains.flatMap((domain) => domain.ctes(scope, params)),
    `findings as (${domains.length ? domains.map((domain) => domain.findings(level)).join('\nunion all\n') : NO_FINDINGS})`,
    `covered as (
      select f.*, ${coverageSql('f.need', 'f.provision')} as coverage, f.need - f.provision as gap
      from findings f
      where (${la} is null or f.level = ${literal(GapLevel.ICS)} or f.la_code = ${la})
        and (${cohort} is null or f.cohort_code = ${cohort})
        and (${category} is null or f.need_category_code = ${category})
        and (${stage} is null or f.pathway_stage_code = ${stage}))`,
    `graded as (select c.*, ${severitySql('c.need', 'c.provision', 'c.coverage', low, medium)} as severity from covered c)`,
    `ranked as (
      select g.*, ${severityRankSql('g.severity')} as severity_rank, co.sort_order as cohort_order,
             nc.sort_order as category_order, ps.sort_order as stage_order,
             case g.domain ${Object.values(GapDomain).map((d, i) => `when ${literal(d)} then ${i}`).join(' ')} end as domain_order
      from graded g
      left join cohorts co on co.code = g.cohort_code
      left join need_categories nc on nc.code = g.need_category_code
      left join pathway_stages ps on ps.code = g.pathway_stage_code
      where ${minRank} is null or ${severityRankSql('g.severity')} >= ${minRank})`,
    `ordered as (select r.*, (row_number() over (order by ${orderBySql(order)}) - 1)::int as position from ranked r)`,
    `page as (select * from ordered where position >= ${offset} and position < ${end})`,
    ...explanations.flatMap((explanation) => explanation.ctes),
    `explained as materialized (${explanations.length ? explanations.map((e) => e.select).join('\nunion all\n') : 'select null::int as position, null::jsonb as explanation where false'})`,
    `totals as (select count(*)::int as total from ranked)`,
  ];
  const text = `with ${ctes.join(',\n')}
    select ${CHECK_COLUMNS.map((column) => `ck.${column}`).join(', ')}, t.total,
      pg.domain, pg.level, pg.ics_code as "icsCode", pg.la_code as "laCode", pg.cohort_code as cohort,
      pg.need_category_code as "needCategory", pg.pathway_stage_code as "pathwayStage", pg.role, pg.year,
      pg.need::float8 as need, pg.provision::float8 as provision, pg.gap::float8 as gap,
      pg.coverage::float8 as coverage, pg.severity, pg.unit, ex.explanation
    from checks ck cross join totals t
    left join page pg on true
    left join explained ex on ex.position = pg.position
    order by pg.position`;
  return { text, params: params.values };
}

/** An empty findings select with the common columns, when no domain has findings for the filter. */
const NO_FINDINGS = `select ${FINDING_COLUMNS.map((column) =>
  ['year'].includes(column) ? 'null::int as year' : ['need', 'provision'].includes(column) ? `null::numeric as ${column}` : `null::text as ${column}`,
).join(', ')} where false`;
