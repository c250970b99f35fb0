import * as code from '../codes.js';
import { ALL_OR } from '../exportSql.js';
import { share } from '../fields.js';
import { shareSumsAtMostOne } from '../placeShares.js';
import { defineFile } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const places = table({
  name: 'places',
  columns: { ics_code: 'text', la_code: 'text', population_share: 'numeric' },
  key: ['ics_code', 'la_code'],
});

/** Which ICS each local authority's population lives in, and what share of it (an authority's shares sum to at most 1). */
export const placesFile = defineFile(
  'places.csv',
  { ics_code: code.knownIcs, la_code: code.knownLocalAuthority, population_share: share },
  {
    keys: [['ics_code', 'la_code']],
    remember: (row, known) => known.addPlace(row.ics_code, row.la_code),
    checkFile: shareSumsAtMostOne,
    write: into(places, { ics_code: 'ics_code', la_code: 'la_code', population_share: 'population_share' }),
    export: {
      perIcs: true,
      sql: `select ics_code, la_code, population_share::text as population_share
      from places where ${ALL_OR('ics_code = $1')} order by ics_code, la_code`,
    },
  },
);
