import { AccommodationType } from '../../housing/HousingPlanLine.entity.js';
import { catchmentIsPlace } from '../checks.js';
import * as code from '../codes.js';
import { ALL_OR } from '../exportSql.js';
import { count, oneOf, optional, year } from '../fields.js';
import { defineFile } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const housingPlanLines = table({
  name: 'housing_plan_lines',
  columns: {
    ics_code: 'text',
    la_code: 'text',
    accommodation_type: 'text',
    cohort_code: 'text',
    year: 'int',
    bed_spaces: 'int',
  },
  key: ['ics_code', 'la_code', 'accommodation_type', 'cohort_code', 'year'],
});

/** The housing plan: bed-spaces by accommodation type, place (or ICS-wide), cohort and year. */
export const housingPlanFile = defineFile(
  'housing_plan.csv',
  {
    ics_code: code.knownIcs,
    la_code: optional(code.knownLocalAuthority),
    accommodation_type: oneOf(Object.values(AccommodationType)),
    cohort: code.cohort,
    year,
    bed_spaces: count,
  },
  {
    keys: [['ics_code', 'la_code', 'accommodation_type', 'cohort', 'year']],
    check: (row, known) => catchmentIsPlace(row.ics_code, row.la_code, known),
    write: into(housingPlanLines, {
      ics_code: 'ics_code',
      la_code: 'la_code',
      accommodation_type: 'accommodation_type',
      cohort_code: 'cohort',
      year: 'year',
      bed_spaces: 'bed_spaces',
    }),
    export: {
      perIcs: true,
      sql: `select ics_code, la_code, accommodation_type, cohort_code as cohort, year, bed_spaces
      from housing_plan_lines where ${ALL_OR('ics_code = $1')}
      order by ics_code, la_code nulls first, accommodation_type, cohort_code, year`,
    },
  },
);
