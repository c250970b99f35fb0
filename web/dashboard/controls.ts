import { h } from './dom.js';
import type { DashboardState, Vocabulary } from './state.js';

/** The year, domain and cohort choices that every view follows. */
export function controls(vocabulary: Vocabulary, state: DashboardState, onChange: (change: Partial<DashboardState>) => void): HTMLFormElement {
  const year = select('control-year', 'Year', vocabulary.years.map((entry) => [String(entry.year), entry.label]), String(state.year));
  const domain = select('control-domain', 'Domain', vocabulary.domains.map((entry) => [entry.name, titleCase(entry.name)]), state.domain);
  const cohort = select('control-cohort', 'Cohort', [['', 'All cohorts'], ...vocabulary.cohorts.map((entry): [string, string] => [entry.code, entry.label])], state.cohort ?? '');
  for (const entry of vocabulary.domains) domain.select.querySelector(`option[value="${entry.name}"]`)?.setAttribute('title', entry.description);
  // The boundaries every figure is shown on: the ICSs of that day are the rows, other years re-based to them.
  const boundaries = h('input', {
    id: 'control-boundaries', name: 'boundariesAsAt', type: 'date', value: state.boundariesAsAt, required: true,
    'data-boundaries-as-at': state.boundariesAsAt,
  });
  const boundariesField = h('div', { class: 'control' }, h('label', { for: 'control-boundaries' }, 'Boundaries as at'), boundaries);
  const form = h('form', { class: 'controls', 'aria-label': 'What the views show' }, year.field, domain.field, cohort.field, boundariesField);
  form.addEventListener('submit', (event) => event.preventDefault());
  year.select.addEventListener('change', () => onChange({ year: Number(year.select.value) }));
  domain.select.addEventListener('change', () => onChange({ domain: domain.select.value as DashboardState['domain'] }));
  cohort.select.addEventListener('change', () => onChange({ cohort: cohort.select.value || null }));
  boundaries.addEventListener('change', () => {
    if (!boundaries.value) return;
    boundaries.setAttribute('data-boundaries-as-at', boundaries.value);
    onChange({ boundariesAsAt: boundaries.value });
  });
  return form;
}

function select(id: string, label: string, options: [string, string][], value: string) {
  const element = h('select', { id, name: id.replace('control-', '') }, ...options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text)));
  return { select: element, field: h('div', { class: 'control' }, h('label', { for: id }, label), element) };
}

function titleCase(code: string): string {
  return code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', ' ');
}
