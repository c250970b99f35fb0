import { successionsMatchValidity } from '../boundaryDates.js';
import * as code from '../codes.js';
import { ALL_OR, DAY } from '../exportSql.js';
import { date, text } from '../fields.js';
import { defineFile, type ColumnProblem } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const icsSuccessions = table({
  name: 'ics_successions',
  columns: { predecessor_ods_code: 'text', successor_ods_code: 'text', effective_date: 'date', part_moved: 'text' },
  key: ['predecessor_ods_code', 'successor_ods_code'],
});

function notItself(predecessor: string, successor: string): ColumnProblem[] {
  if (predecessor !== successor) return [];
  return [{ column: 'successor_ods_code', message: `ICS ${successor} cannot succeed itself` }];
}

const columns = {
  predecessor_ods_code: code.knownIcs,
  successor_ods_code: code.knownIcs,
  effective_date: date,
  // "whole", or the area that moved (e.g. "East Berkshire"): an ICS that split has one row per successor.
  part_moved: text(),
};

/**
 * Which ICS took over which part of an abolished (or shrunk) ICS, and from when: one row per predecessor and
 * successor. Both ICSs are in integrated_care_systems.csv (or stored); the predecessor keeps its own row, with
 * its `valid_to`, so its history stays reachable.
 */
export const icsSuccessionsFile = defineFile('ics_successions.csv', columns, {
  keys: [['predecessor_ods_code', 'successor_ods_code']],
  check: (row) => notItself(row.predecessor_ods_code, row.successor_ods_code),
  checkFile: successionsMatchValidity,
  write: into(icsSuccessions, {
    predecessor_ods_code: 'predecessor_ods_code',
    successor_ods_code: 'successor_ods_code',
    effective_date: 'effective_date',
    part_moved: 'part_moved',
  }),
  // For one ICS: the successions it is part of, on either side.
  export: {
    perIcs: true,
    sql: `select predecessor_ods_code, successor_ods_code, ${DAY('effective_date')} as effective_date, part_moved
    from ics_successions where ${ALL_OR('(predecessor_ods_code = $1 or successor_ods_code = $1)')}
    order by predecessor_ods_code, successor_ods_code`,
  },
});
