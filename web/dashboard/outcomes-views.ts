import { h } from './dom.js';
import { IcsCohortProjectionDocument, type IcsCohortProjectionQueryVariables } from './generated/graphql.js';
import { graphqlRequest } from './graphql-request.js';
import { projectionChart } from './projection-chart.js';
import type { DashboardState, Vocabulary } from './state.js';
import { metricTrajectories, trajectoryChart, trajectoryLegend } from './trajectory-chart.js';
import { trajectoryQuery, type TrajectoryQueryResult, type TrajectoryQueryVariables } from './trajectory-query.js';
import { exportUrl, ideUrl, viewLinks } from './view-links.js';

/** Need ageing into each cohort over every year held, against the growth of its provision (services). */
export async function projectionView(code: string, state: DashboardState, vocabulary: Vocabulary, signal: AbortSignal): Promise<Node[]> {
  const years = vocabulary.years.map((entry) => entry.year);
  if (years.length === 0) return [h('p', { class: 'view-summary' }, 'No years with gap findings to project over.')];
  // A projection runs from one year to a later one: one year held gives nothing to project (and the API refuses it).
  if (years.length === 1) return [h('p', { class: 'view-summary' }, 'Only one year with gap findings is held: a projection needs two.')];
  const variables: IcsCohortProjectionQueryVariables = { code, fromYear: Math.min(...years), toYear: Math.max(...years), scenario: state.scenario };
  const data = await graphqlRequest(IcsCohortProjectionDocument, variables, signal);
  if (!data.integratedCareSystem) throw new Error(`No ICS has the code ${code}.`);
  return [
    viewLinks(`cohort projection of ${data.integratedCareSystem.name}`, [
      { kind: 'ide', label: 'Open in the IDE', href: ideUrl(IcsCohortProjectionDocument.toString(), variables) },
      { kind: 'csv', label: 'Download CSV', href: exportUrl('gap-findings.csv', { icsCode: code, domain: 'SERVICES', fromYear: variables.fromYear, toYear: variables.toYear, cohort: state.cohort, scenario: state.scenario }) },
    ]),
    projectionChart(data.integratedCareSystem.cohortProjection, data.cohorts, state.year, state.cohort),
  ];
}

/** Each outcome metric at every year end, against the national and the ICS's own targets. */
export async function trajectoryView(code: string, vocabulary: Vocabulary, signal: AbortSignal): Promise<Node[]> {
  if (vocabulary.years.length === 0) return [h('p', { class: 'view-summary' }, 'No years with gap findings to chart.')];
  // Outcome returns start before the first planning year: one year earlier shows the baseline.
  const first = Math.min(...vocabulary.years.map((entry) => entry.year)) - 1;
  const last = Math.max(...vocabulary.years.map((entry) => entry.year));
  const years = Array.from({ length: Math.min(last - first + 1, 12) }, (_, index) => first + index);
  const query = trajectoryQuery(years);
  const variables: TrajectoryQueryVariables = { code };
  const data = await graphqlRequest<TrajectoryQueryResult, TrajectoryQueryVariables>(query, variables, signal);
  const ics = data.integratedCareSystem;
  if (!ics) throw new Error(`No ICS has the code ${code}.`);
  const metrics = metricTrajectories(years.map((year) => ics[`y${year}`] ?? []), data.targets);
  return [
    viewLinks(`outcome trajectories of ${ics.name}`, [
      { kind: 'ide', label: 'Open in the IDE', href: ideUrl(query, variables) },
      { kind: 'csv', label: 'Download CSV (metric values)', href: exportUrl('metrics.csv', { icsCode: code }) },
      { kind: 'csv', label: 'Download CSV (targets)', href: exportUrl('targets.csv', { icsCode: code }) },
    ]),
    metrics.some((metric) => metric.points.length > 0) ? trajectoryLegend() : h('p', { class: 'view-summary' }, 'No outcome metrics recorded for this ICS.'),
    h('div', { class: 'chart-grid' }, ...metrics.filter((metric) => metric.points.length > 0).map(trajectoryChart)),
  ];
}
