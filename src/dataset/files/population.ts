import * as code from '../codes.js';
import { LA_OF_ICS } from '../exportSql.js';
import { count, year } from '../fields.js';
import { defineFile } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const populationEstimates = table({
  name: 'population_estimates',
  columns: { la_code: 'text', cohort_code: 'text', year: 'int', people: 'int' },
  key: ['la_code', 'cohort_code', 'year'],
});

/** Resident population per local authority, cohort and year. */
export const populationFile = defineFile(
  'population.csv',
  { la_code: code.knownLocalAuthority, cohort: code.cohort, year, people: count },
  {
    keys: [['la_code', 'cohort', 'year']],
    write: into(populationEstimates, {
      la_code: 'la_code',
      cohort_code: 'cohort',
      year: 'year',
      people: 'people',
    }),
    export: {
      perIcs: true,
      sql: `select e.la_code, e.cohort_code as cohort, e.year, e.people
      from population_estimates e where ${LA_OF_ICS('e.la_code')} order by e.la_code, e.cohort_code, e.year`,
    },
  },
);
