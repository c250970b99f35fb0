import { linearScale } from './chart-scale.js';
import { dataTable } from './data-table.js';
import { h, s } from './dom.js';
import { formatNumber } from './format.js';
import type { TargetDirection, TrajectoryPointFragment, TrajectoryTargetFragment } from './generated/graphql.js';

/** One outcome metric over time: its values, and the national and local targets in force. */
export interface MetricTrajectory {
  metricCode: string;
  name: string;
  unit: string;
  direction: TargetDirection;
  /** Values at the end of their periods, oldest first, one per distinct period end. */
  points: { date: string; value: number; met: boolean | null; targetScope: string | null }[];
  national: TrajectoryTargetFragment[];
  local: TrajectoryTargetFragment[];
}

/**
 * Gathers each metric's yearly statuses into one series. A year past the latest return repeats the latest
 * value (same period end): it is drawn once. Targets are split by scope: "England", or the ICS's own.
 * A metric counted in people is drawn in people, as the INPATIENTS gap reads it: a local trajectory (a
 * headcount) as it is, a target per million as the headcount it allows (× the group's latest population ÷ 1,000,000).
 */
export function metricTrajectories(statuses: TrajectoryPointFragment[][], targets: TrajectoryTargetFragment[]): MetricTrajectory[] {
  const metrics = new Map<string, MetricTrajectory>();
  const population = new Map(statuses.flat().filter((status) => status.population !== null).map((status) => [status.metricCode, status.population!]));
  const inPeople = (target: TrajectoryTargetFragment): TrajectoryTargetFragment | null => {
    if (target.unit !== 'PER_MILLION') return target;
    const people = population.get(target.metricCode);
    return people === undefined ? null : { ...target, targetValue: (target.targetValue * people) / 1_000_000, unit: 'people' };
  };
  const of = (metricCode: string, national: boolean) =>
    targets
      .filter((target) => target.metricCode === metricCode && (target.scope === 'England') === national)
      .map(inPeople)
      .filter((target): target is TrajectoryTargetFragment => target !== null);
  for (const status of statuses.flat()) {
    const people = status.unit !== 'PERCENT';
    const metric = metrics.get(status.metricCode) ?? {
      metricCode: status.metricCode,
      name: status.name,
      unit: people ? 'people' : 'percent',
      direction: status.direction,
      points: [],
      national: of(status.metricCode, true),
      local: of(status.metricCode, false),
    };
    metrics.set(status.metricCode, metric);
    const value = people ? status.recordedValue : status.value;
    if (status.periodEnd && value !== null && value !== undefined && !metric.points.some((point) => point.date === status.periodEnd)) {
      metric.points.push({ date: status.periodEnd, value, met: status.met, targetScope: status.target?.scope ?? null });
    }
  }
  for (const metric of metrics.values()) metric.points.sort((a, b) => a.date.localeCompare(b.date));
  return [...metrics.values()];
}

const WIDTH = 480;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 16, bottom: 34, left: 48 };
const DAY = 86_400_000;

/** A trajectory chart: the metric as a solid line with dots; national targets dashed with squares, local dotted with triangles. */
export function trajectoryChart(metric: MetricTrajectory): HTMLElement {
  const dates = [...metric.points.map((point) => point.date), ...metric.national.map((t) => t.due), ...metric.local.map((t) => t.due)].map(time);
  const start = Math.min(...dates) - 60 * DAY;
  const end = Math.max(...dates) + 120 * DAY;
  const x = (date: string | number) => MARGIN.left + ((time(date) - start) / (end - start)) * (WIDTH - MARGIN.left - MARGIN.right);
  const values = [...metric.points.map((point) => point.value), ...metric.national.map((t) => t.targetValue), ...metric.local.map((t) => t.targetValue)];
  const y = linearScale(0, Math.max(...values) * 1.1, HEIGHT - MARGIN.bottom, MARGIN.top, 4);
  const yearEnds = financialYearEnds(start, end);
  const latest = metric.points.at(-1);
  const better = metric.direction === 'AT_MOST' ? 'lower is better' : 'higher is better';
  const description = latest
    ? `${metric.name}, ${metric.unit} (${better}). Latest ${formatNumber(latest.value)} at ${latest.date}${latest.met === null ? '' : latest.met ? ', meeting its target' : ', not meeting its target'}.`
    : `${metric.name}: no values recorded.`;

  const svg = s(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'chart trajectory', 'aria-label': description },
    ...y.ticks.map((tick) =>
      s('g', { class: 'tick' }, s('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(tick), y2: y(tick) }), s('text', { x: MARGIN.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, formatNumber(tick, 0))),
    ),
    ...yearEnds.map((yearEnd) =>
      s('g', { class: 'year-end' }, s('line', { x1: x(yearEnd.date), x2: x(yearEnd.date), y1: MARGIN.top, y2: HEIGHT - MARGIN.bottom }), s('text', { class: 'axis-label', x: x(yearEnd.date), y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': 'middle' }, yearEnd.label)),
    ),
    targetSeries(metric.national, 'national', 'National target', x, y, end),
    targetSeries(metric.local, 'local', 'Local target', x, y, end),
    metric.points.length
      ? s(
          'g',
          { class: 'series series-actual' },
          s('path', { d: pathOf(metric.points.map((point) => [x(point.date), y(point.value)])) }),
          ...metric.points.map((point) => s('circle', { cx: x(point.date), cy: y(point.value), r: 4 }, s('title', {}, `${point.date}: ${formatNumber(point.value)} ${metric.unit}${point.met === null ? '' : point.met ? ' (target met)' : ' (target not met)'}`))),
        )
      : null,
  );
  return h(
    'figure',
    { class: 'chart-panel', 'data-metric': metric.metricCode },
    h('figcaption', {}, metric.name, h('span', { class: 'chart-unit' }, ` ${metric.unit}, ${better}`)),
    svg,
    h('p', { class: 'chart-note' }, description),
    dataTable(
      `Figures: ${metric.name}`,
      ['Date', 'Value', 'Target met', 'National target', 'Local target'],
      metric.points.map((point) => [
        point.date,
        formatNumber(point.value),
        point.met === null ? '–' : point.met ? 'yes' : 'no',
        targetOn(metric.national, point.date),
        targetOn(metric.local, point.date),
      ]),
    ),
  );
}

export function trajectoryLegend(): HTMLElement {
  return h(
    'ul',
    { class: 'chart-legend' },
    h('li', {}, svgKey('actual'), 'Recorded value'),
    h('li', {}, svgKey('national'), 'National target'),
    h('li', {}, svgKey('local'), 'Local (ICS) target'),
  );
}

function svgKey(kind: 'actual' | 'national' | 'local'): SVGElement {
  const marker = kind === 'actual' ? s('circle', { cx: 16, cy: 7, r: 4 }) : kind === 'national' ? s('rect', { x: 12, y: 3, width: 8, height: 8 }) : s('path', { d: 'M16 2 L21 11 L11 11 Z' });
  return s('svg', { class: `key-line series-${kind}`, viewBox: '0 0 32 14', width: 32, height: 14, 'aria-hidden': 'true' }, s('path', { d: 'M0 7 H32' }), marker);
}

/** A target stands from its due date until the next one of the same scope: a step line carried to the chart's end. */
function targetSeries(targets: TrajectoryTargetFragment[], kind: 'national' | 'local', name: string, x: (date: string | number) => number, y: (value: number) => number, end: number): SVGElement | null {
  if (targets.length === 0) return null;
  const sorted = [...targets].sort((a, b) => a.due.localeCompare(b.due));
  const points: [number, number][] = [];
  sorted.forEach((target, index) => {
    if (index > 0) points.push([x(target.due), y(sorted[index - 1].targetValue)]);
    points.push([x(target.due), y(target.targetValue)]);
  });
  points.push([x(end), y(sorted.at(-1)!.targetValue)]);
  const marker = (target: TrajectoryTargetFragment) => {
    const cx = x(target.due);
    const cy = y(target.targetValue);
    const label = s('title', {}, `${name} ${formatNumber(target.targetValue)} ${target.unit}, due ${target.due} (${target.source})`);
    return kind === 'national'
      ? s('rect', { x: cx - 4, y: cy - 4, width: 8, height: 8 }, label)
      : s('path', { d: `M${cx} ${cy - 5} L${cx + 5} ${cy + 4} L${cx - 5} ${cy + 4} Z` }, label);
  };
  return s('g', { class: `series series-${kind}` }, s('path', { d: pathOf(points) }), ...sorted.map(marker));
}

function targetOn(targets: TrajectoryTargetFragment[], date: string): string {
  const standing = targets.filter((target) => target.due <= date).sort((a, b) => a.due.localeCompare(b.due)).at(-1);
  return standing ? formatNumber(standing.targetValue) : '–';
}

function financialYearEnds(start: number, end: number): { date: string; label: string }[] {
  const ends: { date: string; label: string }[] = [];
  for (let year = new Date(start).getUTCFullYear(); year <= new Date(end).getUTCFullYear(); year++) {
    const date = `${year}-03-31`;
    if (time(date) >= start && time(date) <= end) ends.push({ date, label: `Mar ${year}` });
  }
  return ends;
}

function time(date: string | number): number {
  return typeof date === 'number' ? date : Date.parse(`${date}T00:00:00Z`);
}

function pathOf(points: [number, number][]): string {
  return points.map(([px, py], index) => `${index === 0 ? 'M' : 'L'}${px.toFixed(1)} ${py.toFixed(1)}`).join(' ');
}
