import { linearScale } from './chart-scale.js';
import { dataTable } from './data-table.js';
import { h, s } from './dom.js';
import { formatNumber, yearLabel } from './format.js';
import type { IcsCohortProjectionQuery } from './generated/graphql.js';

type ProjectionRow = NonNullable<IcsCohortProjectionQuery['integratedCareSystem']>['cohortProjection'][number];

/** One cohort's projection year: summed over pathway stages. */
interface ProjectionYear {
  year: number;
  ageingIn: number;
  provisionGrowth: number;
  /** Sum of the stages' shortfalls: a stage whose provision grew more does not cover another's shortfall. */
  shortfall: number;
  flaggedStages: number;
}

const WIDTH = 460;
const HEIGHT = 220;
const MARGIN = { top: 24, right: 8, bottom: 34, left: 48 };

/**
 * Small multiples, one per cohort people age into: for each projection year, the need ageing in against
 * the growth of the cohort's provision (summed over stages), with the shortfall written above the year.
 */
export function projectionChart(rows: ProjectionRow[], cohorts: { code: string; label: string }[], selectedYear: number, onlyCohort: string | null): HTMLElement {
  const label = new Map(cohorts.map((cohort) => [cohort.code, cohort.label]));
  const panels = cohorts
    .filter((cohort) => rows.some((row) => row.cohort === cohort.code))
    .filter((cohort) => !onlyCohort || cohort.code === onlyCohort)
    .map((cohort) => {
      const own = rows.filter((row) => row.cohort === cohort.code);
      const from = own[0].fromCohort;
      return panel(`${label.get(from) ?? from} → ${cohort.label}`, byYear(own), selectedYear);
    });
  if (panels.length === 0) return h('p', { class: 'view-summary' }, 'No projection rows for these choices.');
  return h(
    'div',
    {},
    h(
      'ul',
      { class: 'chart-legend' },
      h('li', {}, h('span', { class: 'key key-ageing', 'aria-hidden': 'true' }), 'Need ageing in'),
      h('li', {}, h('span', { class: 'key key-growth', 'aria-hidden': 'true' }), 'Growth of provision'),
      h('li', {}, h('span', { class: 'key-text', 'aria-hidden': 'true' }, '▲ n'), 'Shortfall (people)'),
    ),
    h('div', { class: 'chart-grid' }, ...panels),
  );
}

function byYear(rows: ProjectionRow[]): ProjectionYear[] {
  const years = new Map<number, ProjectionYear>();
  for (const row of rows) {
    const entry = years.get(row.year) ?? { year: row.year, ageingIn: 0, provisionGrowth: 0, shortfall: 0, flaggedStages: 0 };
    entry.ageingIn += row.ageingIn;
    entry.provisionGrowth += row.provisionGrowth;
    entry.shortfall += row.shortfall;
    entry.flaggedStages += row.flagged ? 1 : 0;
    years.set(row.year, entry);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

function panel(title: string, years: ProjectionYear[], selectedYear: number): HTMLElement {
  const values = years.flatMap((entry) => [entry.ageingIn, entry.provisionGrowth]);
  const y = linearScale(Math.min(0, ...values), Math.max(0, ...values), HEIGHT - MARGIN.bottom, MARGIN.top, 4);
  const band = (WIDTH - MARGIN.left - MARGIN.right) / years.length;
  const bar = Math.min(18, band / 3);
  const summary = years.filter((entry) => entry.shortfall > 0).map((entry) => `${yearLabel(entry.year)} short by ${formatNumber(entry.shortfall)}`);
  const svg = s(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'chart', 'aria-label': `${title}: need ageing in against growth of provision. ${summary.length ? summary.join('; ') : 'Provision keeps up every year'}.` },
    ...y.ticks.map((tick) =>
      s('g', { class: 'tick' }, s('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(tick), y2: y(tick) }), s('text', { x: MARGIN.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, formatNumber(tick, 0))),
    ),
    ...years.map((entry, index) => {
      const x = MARGIN.left + index * band;
      const centre = x + band / 2;
      const barRect = (value: number, offset: number, kind: string, name: string) =>
        s('rect', { class: `bar bar-${kind}`, x: centre + offset, width: bar, y: Math.min(y(0), y(value)), height: Math.max(1, Math.abs(y(value) - y(0))) }, s('title', {}, `${yearLabel(entry.year)}: ${name} ${formatNumber(value)}`));
      return s(
        'g',
        { class: entry.year === selectedYear ? 'year selected' : 'year' },
        entry.year === selectedYear ? s('rect', { class: 'selected-year', x: x + 1, width: band - 2, y: MARGIN.top - 18, height: HEIGHT - MARGIN.bottom - MARGIN.top + 18 }) : null,
        barRect(entry.ageingIn, -bar - 1, 'ageing', 'need ageing in'),
        barRect(entry.provisionGrowth, 1, 'growth', 'growth of provision'),
        entry.shortfall > 0 ? s('text', { class: 'shortfall', x: centre, y: MARGIN.top - 6, 'text-anchor': 'middle' }, `▲ ${formatNumber(entry.shortfall, 0)}`) : null,
        s('text', { class: 'axis-label', x: centre, y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': 'middle' }, yearLabel(entry.year)),
      );
    }),
    s('line', { class: 'zero', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(0), y2: y(0) }),
  );
  return h(
    'figure',
    { class: 'chart-panel' },
    h('figcaption', {}, title),
    svg,
    dataTable(
      `Figures: ${title}`,
      ['Year', 'Need ageing in', 'Growth of provision', 'Shortfall', 'Stages short'],
      years.map((entry) => [yearLabel(entry.year), formatNumber(entry.ageingIn), formatNumber(entry.provisionGrowth), formatNumber(entry.shortfall), entry.flaggedStages]),
    ),
  );
}
