import { ExpenditureType, FundingSource } from '../../finance/FinancePlanLine.entity.js';
import * as code from '../codes.js';
import { ALL_OR } from '../exportSql.js';
import { boolean, decimal, oneOf, optional, year } from '../fields.js';
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
    expenditure_type: 'text',
    amount_gbp: 'numeric',
    pooled: 'bool',
  },
  key: ['ics_code', 'funding_source', 'pathway_stage_code', 'cohort_code', 'year', 'expenditure_type'],
});

/**
 * The joint finance plan: amounts by funding source, stage, cohort, year and expenditure type (REVENUE,
 * CAPITAL), pooled or not. A blank expenditure type is REVENUE, except on a CAPITAL source line, which is
 * CAPITAL; a CAPITAL source line marked REVENUE is an error.
 */
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
    expenditure_type: optional(oneOf(Object.values(ExpenditureType))),
  },
  {
    optionalColumns: ['expenditure_type'],
    keys: [['ics_code', 'funding_source', 'pathway_stage', 'cohort', 'year', 'expenditure_type']],
    complete: (row) => {
      if (row.expenditure_type !== null || row.funding_source === undefined) return;
      row.expenditure_type = row.funding_source === FundingSource.CAPITAL ? ExpenditureType.CAPITAL : ExpenditureType.REVENUE;
    },
    check: (row) =>
      row.funding_source === FundingSource.CAPITAL && row.expenditure_type === ExpenditureType.REVENUE
        ? [{ column: 'expenditure_type', message: 'a CAPITAL source line is capital spending: leave the type blank or write CAPITAL, not REVENUE' }]
        : [],
    write: into(financePlanLines, {
      ics_code: 'ics_code',
      funding_source: 'funding_source',
      pathway_stage_code: 'pathway_stage',
      cohort_code: 'cohort',
      year: 'year',
      expenditure_type: 'expenditure_type',
      amount_gbp: 'amount_gbp',
      pooled: 'pooled',
    }),
    export: {
      perIcs: true,
      sql: `select ics_code, funding_source, pathway_stage_code as pathway_stage, cohort_code as cohort, year,
        amount_gbp::text as amount_gbp, case when pooled then 'true' else 'false' end as pooled, expenditure_type
      from finance_plan_lines where ${ALL_OR('ics_code = $1')}
      order by ics_code, funding_source, pathway_stage_code, cohort_code, year, expenditure_type`,
    },
  },
);
