import { SqlParams } from '../db/sql-params.js';
import type { Page } from '../graphql/connection.js';
import { CHECK_COLUMNS, checksCte } from './code-checks.js';
import { literal, NO_FINDINGS, type GapDomainSpec } from './domain-spec.js';
import { domainsAt, GAP_DOMAINS } from './domains/index.js';
import { yearRange, type GapFilterValues } from './gap-filter.js';
import { GapLevel } from './GapLevel.js';
import { orderBySql, type GapOrder } from './GapOrder.js';
import { derivationOn, freshnessSql, MAINTAINED_EXPLANATION_JOIN, maintainedFindingsSelect } from './maintained/maintained-findings.sql.js';
import { scopeSql } from './scope.sql.js';
import { grading, severityRank, severityRankSql, type SeverityThresholds } from './severity.js';

export interface GapFindingsRequest {
  filter: GapFilterValues;
  order: GapOrder;
  page: Page;
  thresholds: SeverityThresholds;
  /** The date the figures are read on (YYYY-MM-DD): which years are over or under way. */
  asOfDate: string;
  /** False: leave out the records behind each finding (its explanation then holds the rule only); they cost most. */
  explain?: boolean;
  /** Where the findings are read from; `reference` when absent. */
  source?: FindingsSource;
}

/**
 * Where findings are read from: `maintained`, the findings kept with the data (their `fresh` column says whether
 * they hold the data as it is now for this date: read `reference` when not), or `reference`, computed from the
 * records by the domains' statements (always fresh).
 */
export type FindingsSource = 'maintained' | 'reference';

/** The domains a filter asks for; a domain whose findings all sit at one stage is left out for another. */
function domainsOf(filter: GapFilterValues): GapDomainSpec[] {
  return domainsAt(filter.level)
    .filter((domain) => filter.domain === null || filter.domain === domain.name)
    .filter((domain) => domain.stage === undefined || filter.pathwayStage === null || filter.pathwayStage === domain.stage);
}

/**
 * The CTEs shared by findings and analytics: the filter's codes checked (`checks`), each asked-for
 * domain's findings at the level, with coverage and gap (`covered`) and severity (`graded`).
 */
export function gradedFindingsCtes(
  params: SqlParams,
  filter: GapFilterValues,
  thresholds: SeverityThresholds,
  asOfDate: string,
  source: FindingsSource = 'reference',
): { ctes: string[]; domains: GapDomainSpec[] } {
  const checks = checksCte(params, filter);
  const domains = domainsOf(filter);
  const findings = source === 'maintained' ? [`findings as (${maintainedFindingsSelect(params, filter, domains)})`] : referenceFindings(params, filter, domains, asOfDate);
  const la = params.add(filter.laCode, 'text');
  const cohort = params.add(filter.cohort, 'text');
  const category = params.add(filter.needCategory, 'text');
  const stage = params.add(filter.pathwayStage, 'text');
  const basis = params.add(filter.basis, 'text');
  const group = params.add(filter.populationGroup, 'text');
  const grade = grading(thresholds, (value) => params.add(value, 'numeric'));
  const ctes = [
    checks,
    ...findings,
    `covered as (
      select f.*, ${grade.coverage('f.direction', 'f.need', 'f.provision')} as coverage,
             ${grade.gap('f.direction', 'f.need', 'f.provision')} as gap
      from findings f
      where (${la} is null or f.level = ${literal(GapLevel.ICS)} or f.la_code = ${la})
        and (${cohort} is null or f.cohort_code = ${cohort})
        and (${category} is null or f.need_category_code = ${category})
        and (${stage} is null or f.pathway_stage_code = ${stage})
        and (${basis} is null or f.basis = ${basis})
        and (${group} is null or f.population_group = ${group}))`,
    `graded as (select c.*, ${grade.severity('c.direction', 'c.need', 'c.provision', 'c.coverage')} as severity from covered c)`,
  ];
  return { ctes, domains };
}

/** The scope's and domains' CTEs computing the findings from the records, ending in `findings`. */
function referenceFindings(params: SqlParams, filter: GapFilterValues, domains: GapDomainSpec[], asOfDate: string): string[] {
  const { from, to } = yearRange(filter);
  const scope = scopeSql(params, {
    icsCodes: filter.icsCode === null ? null : [filter.icsCode],
    laCode: filter.laCode,
    fromYear: from,
    toYear: to,
    pathwayStage: filter.pathwayStage,
    boundariesAsAt: filter.boundariesAsAt,
    asOfDate,
  });
  return [
    ...scope.ctes,
    ...domains.flatMap((domain) => domain.ctes(scope, params)),
    `findings as (${domains.length ? domains.map((domain) => domain.findings(filter.level)).join('\nunion all\n') : NO_FINDINGS})`,
  ];
}

/** SQL for the statement's `fresh` column: whether its findings hold the data as it is now (see FindingsSource). */
export function freshColumn(params: SqlParams, source: FindingsSource, asOfDate: string): string {
  return source === 'maintained' ? freshnessSql(params, derivationOn(asOfDate)) : 'true';
}

/**
 * The one statement behind a page of findings: the filter's codes checked, each asked-for domain's
 * findings at the level, graded, filtered, ordered and counted, and the records behind the page's
 * findings gathered as JSON. Always returns at least one row (the checks and the total).
 */
export function gapFindingsStatement({
  filter, order, page, thresholds, asOfDate, explain = true, source = 'reference',
}: GapFindingsRequest): { text: string; params: unknown[] } {
  const params = new SqlParams();
  const graded = gradedFindingsCtes(params, filter, thresholds, asOfDate, source);
  const explanations = explain ? graded.domains.map((domain) => domain.explanation(filter.level)) : [];
  // Maintained findings carry their explanations: each page row looks its own up by id.
  const explained =
    source === 'maintained'
      ? []
      : [
          ...explanations.flatMap((explanation) => explanation.ctes),
          `explained as materialized (${explanations.length ? explanations.map((e) => e.select).join('\nunion all\n') : 'select null::int as position, null::jsonb as explanation where false'})`,
        ];
  const fresh = freshColumn(params, source, asOfDate);
  const minRank = params.add(filter.minSeverity === null ? null : severityRank(filter.minSeverity), 'int');
  const offset = params.add(page.offset, 'int');
  const end = params.add(page.offset + page.limit, 'int');
  const ctes = [
    ...graded.ctes,
    `ranked as (
      select g.*, ${severityRankSql('g.severity')} as severity_rank, co.sort_order as cohort_order,
             nc.sort_order as category_order, ps.sort_order as stage_order,
             case g.domain ${GAP_DOMAINS.map((d, i) => `when ${literal(d.name)} then ${i}`).join(' ')} end as domain_order
      from graded g
      left join cohorts co on co.code = g.cohort_code
      left join need_categories nc on nc.code = g.need_category_code
      left join pathway_stages ps on ps.code = g.pathway_stage_code
      where ${minRank} is null or ${severityRankSql('g.severity')} >= ${minRank})`,
    `ordered as (select r.*, (row_number() over (order by ${orderBySql(order)}) - 1)::int as position from ranked r)`,
    `page as (select * from ordered where position >= ${offset} and position < ${end})`,
    ...explained,
    `totals as (select count(*)::int as total from ranked)`,
  ];
  const text = `with ${ctes.join(',\n')}
    select ${CHECK_COLUMNS.map((column) => `ck.${column}`).join(', ')}, t.total, ${fresh} as fresh,
      pg.domain, pg.level, pg.ics_code as "icsCode", pg.la_code as "laCode", pg.cohort_code as cohort,
      pg.need_category_code as "needCategory", pg.pathway_stage_code as "pathwayStage", pg.role, pg.year,
      pg.need::float8 as need, pg.provision::float8 as provision, pg.gap::float8 as gap,
      pg.coverage::float8 as coverage, pg.severity, pg.unit, pg.basis, pg.population_group as "populationGroup",
      pg.need_source as "needSource", pg.role_name as "roleName",
      pg.target_rate_per_million::float8 as "targetRatePerMillion", pg.actual_rate_per_million::float8 as "actualRatePerMillion",
      pg.projected_waiting_list::float8 as "projectedWaitingList", pg.months_to_standard::float8 as "monthsToStandard",
      pg.implied_wait_weeks::float8 as "impliedWaitWeeks",
      ex.explanation
    from checks ck cross join totals t
    left join page pg on true
    ${source === 'maintained' ? MAINTAINED_EXPLANATION_JOIN : 'left join explained ex on ex.position = pg.position'}
    order by pg.position`;
  return { text, params: params.values };
}
