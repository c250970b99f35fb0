import * as code from '../codes.js';
import { LA_OF_ICS } from '../exportSql.js';
import { Basis } from '../../gap/Basis.js';
import { count, defaulted, oneOf, text, year } from '../fields.js';
import { defineFile } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const assessedNeeds = table({
  name: 'assessed_needs',
  columns: {
    la_code: 'text',
    cohort_code: 'text',
    need_category_code: 'text',
    pathway_stage_code: 'text',
    year: 'int',
    people: 'int',
    source: 'text',
    basis: 'text',
  },
  key: ['la_code', 'cohort_code', 'need_category_code', 'pathway_stage_code', 'year', 'basis'],
});

/**
 * JSNA need per local authority × cohort × need category × pathway stage × year × basis: CASELOAD (people
 * needing support at one time, the default) or PER_YEAR (assessments, checks needed a year).
 */
export const needsFile = defineFile(
  'needs.csv',
  {
    la_code: code.knownLocalAuthority,
    cohort: code.cohort,
    need_category: code.needCategory,
    pathway_stage: code.pathwayStage,
    year,
    people: count,
    source: text(10_000),
    basis: defaulted(oneOf(Object.values(Basis)), Basis.CASELOAD),
  },
  {
    optionalColumns: ['basis'],
    keys: [['la_code', 'cohort', 'need_category', 'pathway_stage', 'year', 'basis']],
    write: into(assessedNeeds, {
      la_code: 'la_code',
      cohort_code: 'cohort',
      need_category_code: 'need_category',
      pathway_stage_code: 'pathway_stage',
      year: 'year',
      people: 'people',
      source: 'source',
      basis: 'basis',
    }),
    export: {
      perIcs: true,
      sql: `select n.la_code, n.cohort_code as cohort, n.need_category_code as need_category,
        n.pathway_stage_code as pathway_stage, n.year, n.people, n.source, n.basis
      from assessed_needs n where ${LA_OF_ICS('n.la_code')}
      order by n.la_code, n.cohort_code, n.need_category_code, n.pathway_stage_code, n.year, n.basis`,
    },
  },
);
