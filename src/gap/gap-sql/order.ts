import { GapOrder } from '../gap-enums.js';

/** Breaks ties the same way in every order, so pages are stable. Columns of the `ranked` CTE. */
const TIE_BREAK = [
  'domain_order', 'ics_code', 'la_code nulls first', 'year', 'stage_order nulls first', 'cohort_order nulls first',
  'category_order nulls first', 'role nulls first',
];

const LEADING: Record<GapOrder, string[]> = {
  [GapOrder.SEVERITY]: ['severity_rank desc nulls last', 'gap desc nulls last'],
  [GapOrder.GAP]: ['gap desc nulls last'],
  [GapOrder.COVERAGE]: ['coverage asc nulls last'],
  [GapOrder.NEED]: ['need desc nulls last'],
  [GapOrder.PATHWAY]: ['ics_code', 'la_code nulls first', 'year', 'stage_order nulls first'],
};

export function orderBySql(order: GapOrder): string {
  return [...LEADING[order], ...TIE_BREAK].join(', ');
}
