import { h } from './dom.js';
import { GRADE_LABELS, type CellGrade } from './severity.js';

export interface HeatmapRow {
  /** The row's code, written to `rowAttribute` (an ICS's ODS code, a local authority's ONS code). */
  code: string;
  label: string;
  /** A second line under the label, e.g. the code and region. */
  detail?: string;
  title?: string;
}

export interface HeatmapColumn {
  code: string;
  label: string;
}

export interface HeatmapCell {
  grade: CellGrade;
  /** Lines shown on hover or focus, and read out by screen readers. */
  details: string[];
}

export interface HeatmapOptions {
  caption: string;
  rowHeader: string;
  rowAttribute: 'data-ics-code' | 'data-la-code';
  rows: HeatmapRow[];
  columns: HeatmapColumn[];
  cell(row: HeatmapRow, column: HeatmapColumn): HeatmapCell;
  /** Click or Enter on a row (any of its cells) opens it; rows are inert without it. */
  onOpenRow?(row: HeatmapRow): void;
}

/**
 * A heatmap as a table (a grid for assistive technology): rows by columns, each cell's grade as its colour
 * and as text. One cell is in the tab order at a time; the arrow keys, Home and End move between cells, so
 * a keyboard user crosses a 42-row grid with one Tab. Hover or focus shows the cell's figures.
 */
export function heatmap(options: HeatmapOptions): HTMLElement {
  const tooltip = h('div', { class: 'heatmap-tooltip', role: 'tooltip', hidden: true });
  const body = h('tbody');
  for (const row of options.rows) body.append(heatmapRow(options, row));
  const table = h(
    'table',
    { class: 'heatmap', role: 'grid', 'aria-readonly': 'true' },
    h('caption', {}, options.caption),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col', class: 'row-header' }, options.rowHeader), ...options.columns.map((column) => h('th', { scope: 'col', 'data-stage': column.code }, column.label))),
    ),
    body,
  );
  const cells = () => [...body.querySelectorAll<HTMLElement>('th, td')];
  const first = cells()[0];
  if (first) first.tabIndex = 0;

  table.addEventListener('keydown', (event) => moveFocus(event, body, options));
  table.addEventListener('focusin', (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td, th[scope="row"]');
    if (!cell) return;
    for (const other of cells()) other.tabIndex = other === cell ? 0 : -1;
    showTooltip(tooltip, cell);
  });
  table.addEventListener('focusout', () => hideTooltip(tooltip));
  table.addEventListener('mouseover', (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td');
    if (cell) showTooltip(tooltip, cell);
  });
  table.addEventListener('mouseleave', () => hideTooltip(tooltip));
  table.addEventListener('click', (event) => {
    const rowElement = (event.target as HTMLElement).closest<HTMLElement>('tr[data-row-index]');
    if (rowElement && options.onOpenRow) options.onOpenRow(options.rows[Number(rowElement.dataset.rowIndex)]);
  });
  return h('div', { class: 'heatmap-frame' }, h('div', { class: 'heatmap-scroll' }, table), tooltip);
}

function heatmapRow(options: HeatmapOptions, row: HeatmapRow): HTMLTableRowElement {
  const index = options.rows.indexOf(row);
  const opens = Boolean(options.onOpenRow);
  const header = h(
    'th',
    {
      scope: 'row',
      tabindex: -1,
      title: row.title,
      'aria-label': opens ? `${row.label}: open its places, cohort projection and outcomes` : null,
      'data-details': opens ? `Press Enter or click to open ${row.label}` : null,
    },
    h('span', { class: opens ? 'row-name opens' : 'row-name' }, row.label),
    row.detail ? h('span', { class: 'row-detail' }, row.detail) : null,
  );
  const cells = options.columns.map((column) => {
    const { grade, details } = options.cell(row, column);
    return h(
      'td',
      {
        tabindex: -1,
        'data-stage': column.code,
        'data-severity': grade,
        class: `grade grade-${grade.toLowerCase().replace('_', '-')}`,
        'aria-label': [`${row.label}, ${column.label}: ${GRADE_LABELS[grade]}`, ...details].join('. '),
        'data-details': [`${row.label} · ${column.label}`, `Worst severity: ${GRADE_LABELS[grade]}`, ...details].join('\n'),
      },
      GRADE_LABELS[grade],
    );
  });
  return h('tr', { [options.rowAttribute]: row.code, 'data-row-index': index, class: opens ? 'opens' : null }, header, ...cells);
}

function moveFocus(event: KeyboardEvent, body: HTMLTableSectionElement, options: HeatmapOptions): void {
  const cell = (event.target as HTMLElement).closest<HTMLElement>('td, th');
  const rowElement = cell?.parentElement as HTMLTableRowElement | null;
  if (!cell || !rowElement || rowElement.parentElement !== body) return;
  if ((event.key === 'Enter' || event.key === ' ') && options.onOpenRow) {
    event.preventDefault();
    options.onOpenRow(options.rows[Number(rowElement.dataset.rowIndex)]);
    return;
  }
  const rows = [...body.rows];
  let rowIndex = rows.indexOf(rowElement);
  let column = [...rowElement.cells].indexOf(cell as HTMLTableCellElement);
  const lastColumn = rowElement.cells.length - 1;
  switch (event.key) {
    case 'ArrowRight': column = Math.min(column + 1, lastColumn); break;
    case 'ArrowLeft': column = Math.max(column - 1, 0); break;
    case 'ArrowDown': rowIndex = Math.min(rowIndex + 1, rows.length - 1); break;
    case 'ArrowUp': rowIndex = Math.max(rowIndex - 1, 0); break;
    case 'PageDown': rowIndex = Math.min(rowIndex + 10, rows.length - 1); break;
    case 'PageUp': rowIndex = Math.max(rowIndex - 10, 0); break;
    case 'Home': column = 0; if (event.ctrlKey) rowIndex = 0; break;
    case 'End': column = lastColumn; if (event.ctrlKey) rowIndex = rows.length - 1; break;
    case 'Escape': return void (cell.closest('.heatmap-frame')?.querySelector<HTMLElement>('.heatmap-tooltip')?.setAttribute('hidden', ''));
    default: return;
  }
  event.preventDefault();
  rows[rowIndex].cells[column]?.focus();
}

function showTooltip(tooltip: HTMLElement, cell: HTMLElement): void {
  const details = cell.dataset.details;
  if (!details) return hideTooltip(tooltip);
  tooltip.replaceChildren(...details.split('\n').map((line, index) => h(index === 0 ? 'strong' : 'span', {}, line)));
  tooltip.hidden = false;
  const frame = tooltip.parentElement!.getBoundingClientRect();
  const box = cell.getBoundingClientRect();
  const width = tooltip.offsetWidth;
  const left = Math.max(4, Math.min(box.left - frame.left, frame.width - width - 4));
  tooltip.style.left = `${left}px`;
  // Below the cell, or above it when the window has no room below.
  const below = box.bottom + tooltip.offsetHeight + 8 <= window.innerHeight;
  tooltip.style.top = `${below ? box.bottom - frame.top + 4 : box.top - frame.top - tooltip.offsetHeight - 4}px`;
}

function hideTooltip(tooltip: HTMLElement): void {
  tooltip.hidden = true;
}
