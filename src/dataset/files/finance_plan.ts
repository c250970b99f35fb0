import { FundingSource } from '../../finance/FinancePlanLine.entity.js';
import * as code from '../codes.js';
import { ALL_OR } from '../exportSql.js';
import { boolean, decimal, oneOf, year } from '../fields.js';
import { defineFile } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const financePlanLines = table({
  name: 'finance_plan_lines',
  columns: {
    ics_code: 'text',
    funding_source: 'text',
    pathway_stage_code: 'text',
    cohort_code: 'text',
    year: 'int',
    amount_gbp: 'numeric',
    pooled: 'bool',
  },
  key: ['ics_code', 'funding_source', 'pathway_stage_code', 'cohort_code', 'year'],
});

/** The joint finance plan: amounts by funding source, stage, cohort and year, pooled or not. */
export const financePlanFile = defineFile(
  'finance_plan.csv',
  {
    ics_code: code.knownIcs,
    funding_source: oneOf(Object.values(FundingSource)),
    pathway_stage: code.pathwayStage,
    cohort: code.cohort,
    year,
    amount_gbp: decimal(16, 2),
    pooled: boolean,
  },
  {
    keys: [['ics_code', 'funding_source', 'pathway_stage', 'cohort', 'year']],
    write: into(financePlanLines, {
      ics_code: 'ics_code',
      funding_source: 'funding_source',
      pathway_stage_code: 'pathway_stage',
      cohort_code: 'cohort',
      year: 'year',
      amount_gbp: 'amount_gbp',
      pooled: 'pooled',
    }),
    export: {
      perIcs: true,
      sql: `select ics_code, funding_source, pathway_stage_code as pathway_stage, cohort_code as cohort, year,
        amount_gbp::text as amount_gbp, case when pooled then 'true' else 'false' end as pooled
      from finance_plan_lines where ${ALL_OR('ics_code = $1')}
      order by ics_code, funding_source, pathway_stage_code, cohort_code, year`,
    },
  },
);
