import { financialYearLabel } from '../graphql/financial-year.js';
import { unknownCode, type CheckRow } from './code-checks.js';
import { groupedLoader } from '../graphql/grouped-loader.js';
import type { CohortProjectionRow } from './CohortProjection.type.js';
import { cohortProjectionStatement, type CohortProjectionArgs } from './cohort-projection.sql.js';

export interface CohortProjectionRequest extends CohortProjectionArgs {
  icsCode: string;
}

type Row = CheckRow & Omit<CohortProjectionRow, 'yearLabel'> & { icsCode: string | null };

/** Cohort projections of every ICS asked for with the same arguments, in one statement. */
export const cohortProjectionLoader = groupedLoader<CohortProjectionRequest, CohortProjectionRow[]>(
  (r) => JSON.stringify([r.icsCode, r.fromYear, r.toYear, r.needCategory, r.pathwayStage, r.boundariesAsAt]),
  (r) => JSON.stringify([r.fromYear, r.toYear, r.needCategory, r.pathwayStage, r.boundariesAsAt]),
  async (sql, group) => {
    const { fromYear, toYear, needCategory, pathwayStage, boundariesAsAt } = group[0];
    const { text, params } = cohortProjectionStatement(group.map((r) => r.icsCode), {
      fromYear, toYear, needCategory, pathwayStage, boundariesAsAt,
    });
    const rows = await sql.rows<Row>(text, params);
    const error = unknownCode(rows[0], { icsCode: null, laCode: null, cohort: null, needCategory, pathwayStage })?.asArgument();
    return (request) =>
      error ??
      rows
        .filter((row) => row.icsCode === request.icsCode)
        .map((row) => ({
          year: row.year,
          yearLabel: financialYearLabel(row.year),
          cohort: row.cohort,
          fromCohort: row.fromCohort,
          pathwayStage: row.pathwayStage,
          fromCohortNeed: row.fromCohortNeed,
          fromCohortBandYears: row.fromCohortBandYears,
          ageingIn: row.ageingIn,
          need: row.need,
          provision: row.provision,
          previousProvision: row.previousProvision,
          provisionGrowth: row.provisionGrowth,
          shortfall: row.shortfall,
          flagged: row.flagged,
        }));
  },
);
