import * as code from '../codes.js';
import { DAY, LA_OF_ICS } from '../exportSql.js';
import { count, date } from '../fields.js';
import { defineFile, type ColumnProblem } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const assessmentDemand = table({
  name: 'assessment_demand',
  columns: {
    la_code: 'text',
    need_category_code: 'text',
    cohort_code: 'text',
    period_end: 'date',
    referrals: 'int',
    closed_without_assessment: 'int',
    completed: 'int',
    waiting: 'int',
    waiting_13_weeks_plus: 'int',
  },
  key: ['la_code', 'need_category_code', 'cohort_code', 'period_end'],
});

interface Counts {
  referrals: number;
  closed_without_assessment: number;
  waiting: number;
  waiting_13_weeks_plus: number;
}

/** Counts that are part of another count on the same row: never more than it. */
function partsWithinWholes(row: Counts): ColumnProblem[] {
  const within = (part: keyof Counts, whole: keyof Counts, what: string): ColumnProblem[] =>
    row[part] <= row[whole] ? [] : [{ column: part, message: `${row[part]} ${what} is more than ${whole} (${row[whole]})` }];
  return [
    ...within('closed_without_assessment', 'referrals', 'referrals closed without assessment'),
    ...within('waiting_13_weeks_plus', 'waiting', 'people waiting 13 weeks or more'),
  ];
}

/**
 * Diagnostic assessment demand of a local authority per need category × cohort at each period end: referrals,
 * referrals closed without assessment and assessments completed in the period ending then; people waiting at it,
 * and of them those waiting 13 weeks or more (NICE's standard). Counts towards an ICS × the place's share.
 */
export const assessmentDemandFile = defineFile(
  'assessment_demand.csv',
  {
    la_code: code.knownLocalAuthority,
    need_category: code.needCategory,
    cohort: code.cohort,
    period_end: date,
    referrals: count,
    closed_without_assessment: count,
    completed: count,
    waiting: count,
    waiting_13_weeks_plus: count,
  },
  {
    keys: [['la_code', 'need_category', 'cohort', 'period_end']],
    check: (row) => partsWithinWholes(row),
    write: into(assessmentDemand, {
      la_code: 'la_code',
      need_category_code: 'need_category',
      cohort_code: 'cohort',
      period_end: 'period_end',
      referrals: 'referrals',
      closed_without_assessment: 'closed_without_assessment',
      completed: 'completed',
      waiting: 'waiting',
      waiting_13_weeks_plus: 'waiting_13_weeks_plus',
    }),
    export: {
      perIcs: true,
      sql: `select d.la_code, d.need_category_code as need_category, d.cohort_code as cohort,
        ${DAY('d.period_end')} as period_end, d.referrals, d.closed_without_assessment, d.completed, d.waiting,
        d.waiting_13_weeks_plus
      from assessment_demand d where ${LA_OF_ICS('d.la_code')}
      order by d.la_code, d.need_category_code, d.cohort_code, d.period_end`,
    },
  },
);
