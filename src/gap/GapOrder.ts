import { describedEnum, type EnumValue } from '../graphql/described-enum.js';

export const GapOrder = describedEnum(
  'GapOrder',
  'Orders of gap findings. Ties are broken by domain, ICS, place, year, stage, cohort, category, basis, role and population group.',
  {
    SEVERITY: 'Worst severity first, then largest gap first (the default).',
    GAP: 'Largest gap (shortfall) first.',
    COVERAGE: 'Lowest coverage first; findings without coverage (no need) last.',
    NEED: 'Largest need first.',
    PATHWAY: 'Reading order: ICS, place, year, pathway stage, cohort, need category, basis, role.',
  },
);
export type GapOrder = EnumValue<typeof GapOrder>;

/** Breaks ties the same way in every order, so pages are stable. Columns of the `ranked` CTE. */
const TIE_BREAK = [
  'domain_order', 'ics_code', 'la_code nulls first', 'year', 'stage_order nulls first', 'cohort_order nulls first',
  'category_order nulls first', 'basis nulls first', 'role nulls first', 'population_group nulls first',
];

const LEADING: Record<GapOrder, string[]> = {
  [GapOrder.SEVERITY]: ['severity_rank desc nulls last', 'gap desc nulls last'],
  [GapOrder.GAP]: ['gap desc nulls last'],
  [GapOrder.COVERAGE]: ['coverage asc nulls last'],
  [GapOrder.NEED]: ['need desc nulls last'],
  [GapOrder.PATHWAY]: ['ics_code', 'la_code nulls first', 'year', 'stage_order nulls first'],
};

/** The ORDER BY of findings in `order`, over the columns of the findings statement's `ranked` CTE. */
export function orderBySql(order: GapOrder): string {
  return [...LEADING[order], ...TIE_BREAK].join(', ');
}
