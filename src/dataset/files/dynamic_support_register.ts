import * as code from '../codes.js';
import { ALL_OR, DAY } from '../exportSql.js';
import { count, date, optional } from '../fields.js';
import { defineFile, type ColumnProblem } from '../spec.js';
import type { KnownCodes } from '../known.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const dynamicSupportRegister = table({
  name: 'dynamic_support_register',
  columns: {
    ics_code: 'text',
    la_code: 'text',
    cohort_code: 'text',
    need_category_code: 'text',
    period_end: 'date',
    red: 'int',
    amber: 'int',
    green: 'int',
    blue: 'int',
    red_with_keyworker: 'int',
    amber_with_keyworker: 'int',
    blue_with_keyworker: 'int',
  },
  key: ['ics_code', 'la_code', 'cohort_code', 'need_category_code', 'period_end'],
});

interface Ratings {
  red: number;
  amber: number;
  blue: number;
  red_with_keyworker: number | null;
  amber_with_keyworker: number | null;
  blue_with_keyworker: number | null;
}

/** People with a keyworker are some of the people of that rating: never more than them. */
function keyworkersWithinRatings(row: Ratings): ColumnProblem[] {
  const within = (part: 'red_with_keyworker' | 'amber_with_keyworker' | 'blue_with_keyworker', whole: 'red' | 'amber' | 'blue') => {
    const value = row[part];
    return value === null || value <= row[whole]
      ? []
      : [{ column: part, message: `${value} people with a keyworker is more than ${whole} (${row[whole]})` }];
  };
  return [...within('red_with_keyworker', 'red'), ...within('amber_with_keyworker', 'amber'), ...within('blue_with_keyworker', 'blue')];
}

/** A register line is for residents of one of the ICS's places. */
function isPlace(icsCode: string, laCode: string, known: KnownCodes): ColumnProblem[] {
  return known.hasPlace(icsCode, laCode)
    ? []
    : [{ column: 'la_code', message: `${laCode} is not a place of ICS ${icsCode} (not in places.csv nor stored)` }];
}

/**
 * The dynamic support register: the ICB's register of the residents of each place per cohort × need category at
 * each period end — RED, AMBER, GREEN, BLUE — and, optionally, how many of the RED, AMBER and BLUE have a keyworker
 * allocated (a blank keyworker column is "not returned", not zero).
 */
export const dynamicSupportRegisterFile = defineFile(
  'dynamic_support_register.csv',
  {
    ics_code: code.knownIcs,
    la_code: code.knownLocalAuthority,
    cohort: code.cohort,
    need_category: code.needCategory,
    period_end: date,
    red: count,
    amber: count,
    green: count,
    blue: count,
    red_with_keyworker: optional(count),
    amber_with_keyworker: optional(count),
    blue_with_keyworker: optional(count),
  },
  {
    optionalColumns: ['red_with_keyworker', 'amber_with_keyworker', 'blue_with_keyworker'],
    keys: [['ics_code', 'la_code', 'cohort', 'need_category', 'period_end']],
    check: (row, known) => [...isPlace(row.ics_code, row.la_code, known), ...keyworkersWithinRatings(row)],
    write: into(dynamicSupportRegister, {
      ics_code: 'ics_code',
      la_code: 'la_code',
      cohort_code: 'cohort',
      need_category_code: 'need_category',
      period_end: 'period_end',
      red: 'red',
      amber: 'amber',
      green: 'green',
      blue: 'blue',
      red_with_keyworker: 'red_with_keyworker',
      amber_with_keyworker: 'amber_with_keyworker',
      blue_with_keyworker: 'blue_with_keyworker',
    }),
    export: {
      perIcs: true,
      sql: `select ics_code, la_code, cohort_code as cohort, need_category_code as need_category, ${DAY('period_end')} as period_end,
        red, amber, green, blue, red_with_keyworker, amber_with_keyworker, blue_with_keyworker
      from dynamic_support_register where ${ALL_OR('ics_code = $1')}
      order by ics_code, la_code, period_end, cohort_code, need_category_code`,
    },
  },
);
