import { groupedLoader } from '../graphql/grouped-loader.js';
import { financialYearLabel } from '../graphql/financial-year.js';
import type { TrainingCoverage, WorkforceTrainingFilter, WorkforceTrainingReport, WorkforceTrainingType } from './WorkforceTraining.type.js';
import { workforceTrainingStatement } from './workforce-training.sql.js';

export interface WorkforceTrainingRequest {
  icsCode: string;
  filter: WorkforceTrainingFilter;
}

type Row = Omit<WorkforceTrainingType, 'yearLabel' | 'organisationType'> & {
  organisationType: WorkforceTrainingType['organisationType'] | null;
  isTotal: boolean;
};

/** The training report of every ICS asked for in one request under the same filter, in one statement. */
export const workforceTrainingLoader = groupedLoader<WorkforceTrainingRequest, WorkforceTrainingReport>(
  (r) => JSON.stringify([r.icsCode, r.filter.year ?? null, r.filter.organisationType ?? null]),
  (r) => JSON.stringify([r.filter.year ?? null, r.filter.organisationType ?? null]),
  async (sql, group) => {
    const { text, params } = workforceTrainingStatement(
      group.map((r) => r.icsCode),
      group[0].filter,
    );
    const rows = (await sql.rows<Row>(text, params)).map((row) => ({ ...row, yearLabel: financialYearLabel(row.year) }));
    const byIcs = Map.groupBy(rows, (row) => row.icsCode);
    return (request) => {
      const own = byIcs.get(request.icsCode) ?? [];
      return {
        rows: own.filter((row) => !row.isTotal) as WorkforceTrainingType[],
        totals: own.filter((row) => row.isTotal) as TrainingCoverage[],
      };
    };
  },
);
