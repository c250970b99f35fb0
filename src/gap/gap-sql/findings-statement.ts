import { GapDomain, GapLevel, type GapOrder } from '../gap-enums.js';
import { DOMAINS_BY_LEVEL, yearRange, type GapFilterValues } from '../gap-filter-values.js';
import type { Page } from '../../graphql/connection.js';
import { coverageSql, severityRank, severityRankSql, severitySql, type SeverityThresholds } from '../severity.js';
import { SqlParams } from '../../db/sql-params.js';
import { CHECK_COLUMNS, checksCte } from './checks.js';
import { FINDING_COLUMNS, literal, type DomainSql } from './domain-sql.js';
import { financeSql } from './finance.js';
import { HOUSING_STAGE, housingSql } from './housing.js';
import { orderBySql } from './order.js';
import { scopeSql } from './scope.js';
import { servicesSql } from './services.js';
import { workforceSql } from './workforce.js';

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

/** The domains a filter asks for. HOUSING findings sit at the HOUSING_AND_ACCOMMODATION stage. */
function domainsOf(filter: GapFilterValues): DomainSql[] {
  return DOMAINS_BY_LEVEL[filter.level]
    .filter((domain) => filter.domain === null || filter.domain === domain)
    .filter((domain) => domain !== GapDomain.HOUSING || filter.pathwayStage === null || filter.pathwayStage === HOUSING_STAGE)
    .map((domain) => DOMAIN_SQL[domain]);
}

/**
 * The CTEs shared by findings and analytics: the filter's codes checked (`checks`), each asked-for
 * domain's findings at the level, with coverage and gap (`covered`) and severity (`graded`).
 */
export function gradedFindingsCtes(
  params: SqlParams,
  filter: GapFilterValues,
  thresholds: SeverityThresholds,
): { ctes: string[]; domains: DomainSql[] } {
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
  const la = params.add(filter.laCode, 'text');
  const cohort = params.add(filter.cohort, 'text');
  const category = params.add(filter.needCategory, 'text');
  const stage = params.add(filter.pathwayStage, 'text');
  const low = params.add(thresholds.low, 'numeric');
  const medium = params.add(thresholds.medium, 'numeric');
  const ctes = [
    checks,
    ...scope.ctes,
    ...domains.flatMap((domain) => domain.ctes(scope, params)),
    `findings as (${domains.length ? domains.map((domain) => domain.findings(filter.level)).join('\nunion all\n') : NO_FINDINGS})`,
    `covered as (
      select f.*, ${coverageSql('f.need', 'f.provision')} as coverage, f.need - f.provision as gap
      from findings f
      where (${la} is null or f.level = ${literal(GapLevel.ICS)} or f.la_code = ${la})
        and (${cohort} is null or f.cohort_code = ${cohort})
        and (${category} is null or f.need_category_code = ${category})
        and (${stage} is null or f.pathway_stage_code = ${stage}))`,
    `graded as (select c.*, ${severitySql('c.need', 'c.provision', 'c.coverage', low, medium)} as severity from covered c)`,
  ];
  return { ctes, domains };
}

/**
 * The one statement behind a page of findings: the filter's codes checked, each asked-for domain's
 * findings at the level, graded, filtered, ordered and counted, and the records behind the page's
 * findings gathered as JSON. Always returns at least one row (the checks and the total).
 */
export function gapFindingsStatement({ filter, order, page, thresholds }: GapFindingsRequest): { text: string; params: unknown[] } {
  const params = new SqlParams();
  const graded = gradedFindingsCtes(params, filter, thresholds);
  const explanations = graded.domains.map((domain) => domain.explanation(filter.level));
  const minRank = params.add(filter.minSeverity === null ? null : severityRank(filter.minSeverity), 'int');
  const offset = params.add(page.offset, 'int');
  const end = params.add(page.offset + page.limit, 'int');
  const ctes = [
    ...graded.ctes,
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
