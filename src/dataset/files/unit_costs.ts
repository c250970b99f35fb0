import * as code from '../codes.js';
import { decimal, year } from '../fields.js';
import { defineFile } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const unitCosts = table({
  name: 'unit_costs',
  columns: { pathway_stage_code: 'text', cohort_code: 'text', year: 'int', annual_cost_per_person_gbp: 'numeric' },
  key: ['pathway_stage_code', 'cohort_code', 'year'],
});

/** Annual cost per person supported, by stage, cohort and year: national, used to cost need in the finance gap. */
export const unitCostsFile = defineFile(
  'unit_costs.csv',
  { pathway_stage: code.pathwayStage, cohort: code.cohort, year, annual_cost_per_person_gbp: decimal(14, 2) },
  {
    keys: [['pathway_stage', 'cohort', 'year']],
    write: into(unitCosts, {
      pathway_stage_code: 'pathway_stage',
      cohort_code: 'cohort',
      year: 'year',
      annual_cost_per_person_gbp: 'annual_cost_per_person_gbp',
    }),
    export: {
      perIcs: false,
      sql: `select pathway_stage_code as pathway_stage, cohort_code as cohort, year,
        annual_cost_per_person_gbp::text as annual_cost_per_person_gbp
      from unit_costs order by pathway_stage_code, cohort_code, year`,
    },
  },
);
