import { h } from './dom.js';
import { codeWords, yearLabel } from './format.js';
import { IcsPlacesHeatmapDocument, type IcsPlacesHeatmapQuery, type IcsPlacesHeatmapQueryVariables } from './generated/graphql.js';
import { graphqlRequest } from './graphql-request.js';
import { heatmap } from './heatmap.js';
import { heatmapCells } from './heatmap-cells.js';
import type { DashboardState } from './state.js';
import { exportUrl, ideUrl, viewLinks } from './view-links.js';

/** One ICS's places (the part of each local authority inside it) by pathway stage, in the England heatmap's form. */
export async function placesView(code: string, state: DashboardState, signal: AbortSignal): Promise<{ ics: NonNullable<IcsPlacesHeatmapQuery['integratedCareSystem']>; nodes: Node[] }> {
  const filter = { icsCode: code, year: state.year, domain: state.domain, cohort: state.cohort, boundariesAsAt: state.boundariesAsAt };
  const variables: IcsPlacesHeatmapQueryVariables = { code, filter, scenario: state.scenario };
  const data = await graphqlRequest(IcsPlacesHeatmapDocument, variables, signal);
  const ics = data.integratedCareSystem;
  if (!ics) throw new Error(`No ICS has the code ${code}.`);
  const rows = data.gapAnalytics.edges.map((edge) => edge.node);
  const cell = heatmapCells(rows, (row) => row.localAuthority);
  const nodes = [
    viewLinks(`places of ${ics.name}`, [
      { kind: 'ide', label: 'Open in the IDE', href: ideUrl(IcsPlacesHeatmapDocument.toString(), variables) },
      { kind: 'csv', label: 'Download CSV', href: exportUrl('gap-findings.csv', { ...filter, level: 'PLACE', scenario: state.scenario }) },
    ]),
    ics.places.length === 0
      ? h('p', { class: 'view-summary' }, 'No places (local authorities) are held for this ICS yet.')
      : rows.length === 0
      ? h('p', { class: 'view-summary' }, `No place-level findings for ${codeWords(state.domain)} with these choices (workforce and finance are planned for the whole ICS, so they have no place findings).`)
      : null,
    heatmap({
      caption: `Worst gap severity by place and pathway stage in ${ics.name}: ${codeWords(state.domain)}, ${yearLabel(state.year)}, ${state.cohort ? codeWords(state.cohort) : 'all cohorts'}`,
      rowHeader: 'Place (local authority)',
      rowAttribute: 'data-la-code',
      rows: ics.places.map((place) => ({
        code: place.laCode,
        label: place.localAuthority.name,
        detail: place.populationShare < 1 ? `${place.laCode} · ${Math.round(place.populationShare * 100)}% of its population in this ICS` : place.laCode,
      })),
      columns: data.pathwayStages,
      cell: (row, column) => cell(row.code, column.code),
    }),
  ].filter((node): node is HTMLElement => node !== null);
  return { ics, nodes };
}
