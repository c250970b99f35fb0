import { h } from './dom.js';
import { GRADE_LABELS, GRADE_MEANINGS, SEVERITIES, type CellGrade } from './severity.js';

/** The grades, each as its colour swatch, its word and what it means. */
export function severityLegend(): HTMLElement {
  const grades: CellGrade[] = [...SEVERITIES, 'NO_DATA'];
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Severity key' },
    ...grades.map((grade) =>
      h('li', {}, h('span', { class: `swatch grade grade-${grade.toLowerCase().replace('_', '-')}`, 'aria-hidden': 'true' }, GRADE_LABELS[grade]), h('span', {}, GRADE_MEANINGS[grade])),
    ),
  );
}
