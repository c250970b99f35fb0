import { placesWithinIcsValidity } from '../boundaryDates.js';
import { validityInOrder } from '../checks.js';
import * as code from '../codes.js';
import { ALL_OR, DAY } from '../exportSql.js';
import { date, optional, share } from '../fields.js';
import { shareSumsAtMostOne } from '../placeShares.js';
import { defineFile } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

/**
 * The key is (ics_code, la_code, valid_from). A blank valid_from ("since always") is stored as null and the
 * unique index treats nulls as equal (migration boundaries_validity), so such a row is one row too.
 */
const places = table({
  name: 'places',
  columns: { ics_code: 'text', la_code: 'text', population_share: 'numeric', valid_from: 'date', valid_to: 'date' },
  key: ['ics_code', 'la_code', 'valid_from'],
});

/**
 * Which ICS each local authority's population lives in, what share of it, and over which period (`valid_from`
 * to `valid_to`, inclusive; blank: since always / still valid). An authority's shares sum to at most 1 at each date.
 */
const columns = {
  ics_code: code.knownIcs,
  la_code: code.knownLocalAuthority,
  population_share: share,
  valid_from: optional(date),
  valid_to: optional(date),
};

export const placesFile = defineFile(
  'places.csv',
  columns,
  {
    optionalColumns: ['valid_from', 'valid_to'],
    keys: [['ics_code', 'la_code', 'valid_from']],
    remember: (row, known) => known.addPlace(row.ics_code, row.la_code),
    check: (row) => validityInOrder(row.valid_from, row.valid_to),
    checkFile: async (rows, sql, known) => [...(await shareSumsAtMostOne(rows, sql, known)), ...(await placesWithinIcsValidity(rows, sql))],
    write: into(places, {
      ics_code: 'ics_code',
      la_code: 'la_code',
      population_share: 'population_share',
      valid_from: 'valid_from',
      valid_to: 'valid_to',
    }),
    export: {
      perIcs: true,
      sql: `select ics_code, la_code, population_share::text as population_share,
        ${DAY('valid_from')} as valid_from, ${DAY('valid_to')} as valid_to
      from places where ${ALL_OR('ics_code = $1')} order by ics_code, la_code, valid_from nulls first`,
    },
  },
);
