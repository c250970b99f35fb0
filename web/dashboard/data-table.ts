import { h } from './dom.js';

/** A chart's figures as a table, folded away under the chart: for screen readers, and for reading exact values. */
export function dataTable(summary: string, columns: string[], rows: (string | number)[][]): HTMLElement {
  return h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, summary),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'figures' },
        h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', { scope: 'col' }, column)))),
        h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((value, index) => (index === 0 ? h('th', { scope: 'row' }, String(value)) : h('td', {}, String(value))))))),
      ),
    ),
  );
}
