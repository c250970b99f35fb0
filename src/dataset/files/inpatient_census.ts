import { CENSUS_POPULATION_GROUPS, CensusStatus } from '../../inpatient/InpatientCensus.entity.js';
import { Commissioner } from '../../service/CommissionedService.entity.js';
import * as code from '../codes.js';
import { ALL_OR, DAY } from '../exportSql.js';
import { count, date, oneOf, optional } from '../fields.js';
import { defineFile, type ColumnProblem } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const inpatientCensus = table({
  name: 'inpatient_census',
  columns: {
    ics_code: 'text',
    population_group_code: 'text',
    commissioner: 'text',
    period_end: 'date',
    inpatients: 'int',
    total_los_5_years_plus: 'int',
    outside_home_icb: 'int',
    admissions: 'int',
    transfers: 'int',
    discharges: 'int',
    cetr_due: 'int',
    cetr_on_time: 'int',
    status: 'text',
  },
  key: ['ics_code', 'population_group_code', 'commissioner', 'period_end'],
});

interface Counts {
  inpatients: number;
  total_los_5_years_plus: number;
  outside_home_icb: number;
  cetr_due: number;
  cetr_on_time: number;
}

/** Counts that are part of another count on the same row: never more than it. */
function partsWithinWholes(row: Counts): ColumnProblem[] {
  const within = (part: keyof Counts, whole: keyof Counts, what: string): ColumnProblem[] =>
    row[part] <= row[whole] ? [] : [{ column: part, message: `${row[part]} ${what} is more than ${whole} (${row[whole]})` }];
  return [
    ...within('total_los_5_years_plus', 'inpatients', 'people in hospital for 5 years or more'),
    ...within('outside_home_icb', 'inpatients', 'people in hospital outside the home ICB'),
    ...within('cetr_on_time', 'cetr_due', 'C(E)TRs held on time'),
  ];
}

/**
 * The inpatient census: an ICS's own residents in hospital wherever they are, per population group and
 * commissioner at each period end — people in hospital, total stay 5+ years and outside the home ICB at the
 * period end; admissions, transfers, discharges (transfers excluded) and C(E)TRs due and held on time in the
 * period ending then.
 */
export const inpatientCensusFile = defineFile(
  'inpatient_census.csv',
  {
    ics_code: code.knownIcs,
    population_group: oneOf(CENSUS_POPULATION_GROUPS),
    // One vocabulary with services.csv.
    commissioner: oneOf(Object.values(Commissioner)),
    period_end: date,
    inpatients: count,
    total_los_5_years_plus: count,
    outside_home_icb: count,
    admissions: count,
    transfers: count,
    discharges: count,
    cetr_due: count,
    cetr_on_time: count,
    status: optional(oneOf(Object.values(CensusStatus))),
  },
  {
    optionalColumns: ['status'],
    keys: [['ics_code', 'population_group', 'commissioner', 'period_end']],
    check: (row) => partsWithinWholes(row),
    write: into(inpatientCensus, {
      ics_code: 'ics_code',
      population_group_code: 'population_group',
      commissioner: 'commissioner',
      period_end: 'period_end',
      inpatients: 'inpatients',
      total_los_5_years_plus: 'total_los_5_years_plus',
      outside_home_icb: 'outside_home_icb',
      admissions: 'admissions',
      transfers: 'transfers',
      discharges: 'discharges',
      cetr_due: 'cetr_due',
      cetr_on_time: 'cetr_on_time',
      status: 'status',
    }),
    export: {
      perIcs: true,
      sql: `select ics_code, population_group_code as population_group, commissioner, ${DAY('period_end')} as period_end,
        inpatients, total_los_5_years_plus, outside_home_icb, admissions, transfers, discharges, cetr_due, cetr_on_time,
        status
      from inpatient_census where ${ALL_OR('ics_code = $1')}
      order by ics_code, population_group_code, commissioner, period_end`,
    },
  },
);
