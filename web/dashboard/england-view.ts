import { h } from './dom.js';
import { codeWords, shortIcsName, yearLabel } from './format.js';
import { EnglandHeatmapDocument, type EnglandHeatmapQueryVariables } from './generated/graphql.js';
import { graphqlRequest } from './graphql-request.js';
import { heatmap } from './heatmap.js';
import { heatmapCells } from './heatmap-cells.js';
import { severityLegend } from './legend.js';
import type { DashboardState } from './state.js';
import { exportUrl, ideUrl, viewLinks } from './view-links.js';

/**
 * Every ICS of England (rows, also those without findings) by every pathway stage (columns), graded by the
 * worst finding for the year, domain and cohort: one request for the ICS list, the stages and the sums.
 */
export async function englandView(state: DashboardState, signal: AbortSignal, openIcs: (code: string) => void): Promise<Node[]> {
  const variables: EnglandHeatmapQueryVariables = {
    filter: { year: state.year, domain: state.domain, cohort: state.cohort, boundariesAsAt: state.boundariesAsAt },
    asAt: state.boundariesAsAt,
  };
  const data = await graphqlRequest(EnglandHeatmapDocument, variables, signal);
  const cell = heatmapCells(data.gapAnalytics.edges.map((edge) => edge.node), (row) => row.ics);
  const systems = data.integratedCareSystems.edges.map((edge) => edge.node);
  const withFindings = new Set(data.gapAnalytics.edges.map((edge) => edge.node.ics));
  const truncated = data.gapAnalytics.totalCount > data.gapAnalytics.edges.length || data.integratedCareSystems.totalCount > systems.length;
  return [
    viewLinks('England heatmap', [
      { kind: 'ide', label: 'Open in the IDE', href: ideUrl(EnglandHeatmapDocument.toString(), variables) },
      { kind: 'csv', label: 'Download CSV', href: exportUrl('gap-findings.csv', variables.filter) },
    ]),
    severityLegend(),
    h('p', { class: 'view-summary' }, `${withFindings.size} of ${systems.length} ICSs have findings for these choices. Select an ICS (click, or Enter on any of its cells) for its places, cohort projection and outcomes.`),
    truncated ? h('p', { class: 'view-status error' }, 'Not every row fitted in one page of results; some cells may be missing.') : null,
    heatmap({
      caption: `Worst gap severity by ICS and pathway stage: ${codeWords(state.domain)}, ${yearLabel(state.year)}, ${state.cohort ? codeWords(state.cohort) : 'all cohorts'}`,
      rowHeader: 'Integrated care system',
      rowAttribute: 'data-ics-code',
      rows: systems.map((ics) => ({ code: ics.odsCode, label: shortIcsName(ics.name), detail: `${ics.odsCode} · ${ics.region.name}`, title: ics.name })),
      columns: data.pathwayStages,
      cell: (row, column) => cell(row.code, column.code),
      onOpenRow: (row) => openIcs(row.code),
    }),
  ].filter((node): node is HTMLElement => node !== null);
}
