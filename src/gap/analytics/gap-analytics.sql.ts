import type { Page } from '../../graphql/connection.js';
import type { GapFilterValues } from '../gap-filter.js';
import { CHECK_COLUMNS } from '../code-checks.js';
import { freshColumn, gradedFindingsCtes, type FindingsSource } from '../findings.sql.js';
import { grading, severityOfRankSql, severityRank, severityRankSql, type SeverityThresholds } from '../severity.js';
import { SqlParams } from '../../db/sql-params.js';
import { GapAnalyticsOrder } from './GapAnalyticsOrder.js';
import { DIMENSION_COLUMNS, GapDimension } from './GapDimension.js';

const ALL_DIMENSIONS = Object.values(GapDimension);

export interface GapAnalyticsRequest {
  groupBy: GapDimension[];
  filter: GapFilterValues;
  order: GapAnalyticsOrder;
  page: Page;
  thresholds: SeverityThresholds;
  /** The date the figures are read on (YYYY-MM-DD). */
  asOfDate: string;
  /** Where the findings are read from; `reference` when absent. */
  source?: FindingsSource;
}

const ORDER: Record<Exclude<GapAnalyticsOrder, 'DIMENSIONS'>, string> = {
  [GapAnalyticsOrder.SEVERITY]: 'severity_rank desc nulls last, gap desc nulls last',
  [GapAnalyticsOrder.GAP]: 'gap desc nulls last',
  [GapAnalyticsOrder.COVERAGE]: 'coverage asc nulls last',
  [GapAnalyticsOrder.NEED]: 'need desc nulls last',
};

/**
 * One statement: the same graded findings as `gapFindings`, summed per group in the database.
 * Need and provision are summed first; coverage and severity come from the sums. Groups are always
 * split by unit and basis, so people are never added to pounds nor a caseload to a number a year. The
 * first row carries the filter's code checks.
 */
export function gapAnalyticsStatement({ groupBy, filter, order, page, thresholds, asOfDate, source = 'reference' }: GapAnalyticsRequest) {
  const params = new SqlParams();
  const graded = gradedFindingsCtes(params, filter, thresholds, asOfDate, source);
  const fresh = freshColumn(params, source, asOfDate);
  const minRank = params.add(filter.minSeverity === null ? null : severityRank(filter.minSeverity), 'int');
  const grade = grading(thresholds, (value) => params.add(value, 'numeric'));
  const offset = params.add(page.offset, 'int');
  const limit = params.add(page.limit, 'int');
  const dimensions = groupBy.map((dimension) => ({ dimension, column: DIMENSION_COLUMNS[dimension] }));
  // A ceiling (REDUCE) is never summed with a need to meet, nor people at one time with people a year.
  const keys = [...dimensions.map(({ column }) => column), 'g.unit', 'g.basis', 'g.direction'];
  const ordering =
    order === GapAnalyticsOrder.DIMENSIONS
      ? [...dimensions.map(({ dimension }) => `"${dimension}"`), 'unit', 'basis nulls first'].join(', ')
      : `${ORDER[order]}, unit, basis nulls first`;
  const dimensionColumns = ALL_DIMENSIONS.map((dimension) =>
    groupBy.includes(dimension) ? `${DIMENSION_COLUMNS[dimension]} as "${dimension}"` : `null as "${dimension}"`,
  );
  const text = `with ${graded.ctes.join(',\n')},
    grouped as (
      select ${dimensionColumns.join(', ')}, g.unit as unit, g.basis as basis, g.direction,
             sum(g.need) as need, sum(g.provision) as provision, count(*)::int as "findingCount",
             (count(*) filter (where g.severity = 'CRITICAL'))::int as "criticalCount",
             ${severityOfRankSql(`max(${severityRankSql('g.severity')})`)} as "worstSeverity",
             -- PERSONAL_BUDGETS only (null for other domains): the direct-payment share of its own need, PHBs apart.
             sum(g.direct_payment_people) as direct_payment_people,
             sum(g.need) filter (where g.direct_payment_people is not null) as personal_budget_need,
             sum(g.phb_people) as phb_people
      from graded g join integrated_care_systems ics on ics.ods_code = g.ics_code
      left join cohorts cohort on cohort.code = g.cohort_code
      where ${minRank} is null or ${severityRankSql('g.severity')} >= ${minRank}
      group by ${keys.join(', ')}),
    measured as (
      select s.*, ${grade.gap('s.direction', 's.need', 's.provision')} as gap,
             ${grade.coverage('s.direction', 's.need', 's.provision')} as coverage from grouped s),
    graded_groups as (
      select m.*, ${grade.severity('m.direction', 'm.need', 'm.provision', 'm.coverage')} as severity from measured m),
    ranked as (select r.*, ${severityRankSql('r.severity')} as severity_rank from graded_groups r),
    page as (
      select r.*, row_number() over (order by ${ordering}) as position from ranked r
      order by position offset ${offset} limit ${limit})
    select ${CHECK_COLUMNS.map((column) => `ck.${column}`).join(', ')},
      ${ALL_DIMENSIONS.map((dimension) => `p."${dimension}"`).join(', ')}, p.unit, p.basis,
      p.need::float8 as need, p.provision::float8 as provision, p.gap::float8 as gap, p.coverage::float8 as coverage,
      p.severity, p."worstSeverity", p."findingCount", p."criticalCount",
      p.direct_payment_people::float8 as "directPaymentPeople",
      (p.direct_payment_people / nullif(p.personal_budget_need, 0))::float8 as "directPaymentShare",
      p.phb_people::float8 as "phbPeople", (select count(*)::int from graded_groups) as total, ${fresh} as fresh
    from checks ck left join page p on true
    order by p.position`;
  return { text, params: params.values };
}
