import { financialYearLabel } from '../graphql/financial-year.js';
import { unknownCode, type CheckRow } from './code-checks.js';
import { groupedLoader } from '../graphql/grouped-loader.js';
import { RequestLoaders } from '../graphql/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { withScenario } from '../scenario/with-scenario.js';
import { normalisedCode } from './gap-filter.js';
import type { Pathway, PathwayArgs, PathwayStageGap } from './Pathway.type.js';
import { pathwayStatement, type PathwayCells } from './pathway.sql.js';
import { GapSeverity, severityThresholds } from './severity.js';

export interface PathwayRequest extends PathwayCells {
  icsCode: string;
  /** Null for the whole ICS. */
  laCode: string | null;
}

type StageRow = CheckRow & PathwayStageGap & { icsCode: string | null; laCode: string | null };

const argsKey = (r: PathwayRequest) => JSON.stringify([r.year, r.cohort, r.needCategory, r.basis, r.boundariesAsAt]);

/** The pathway of an ICS (laCode null) or of a place, for a field's arguments (codes normalised). */
export function loadPathway(loaders: RequestLoaders, icsCode: string, laCode: string | null, args: PathwayArgs): Promise<Pathway> {
  const { year, cohort, needCategory, basis } = args;
  return loaders.get(pathwayLoader).load({
    icsCode, laCode, year, cohort: normalisedCode(cohort), needCategory: normalisedCode(needCategory), basis,
    boundariesAsAt: args.boundariesAsAt ?? null,
  });
}

/**
 * The pathway as `loadPathway` gives it; given a scenario, computed with the scenario applied, in a transaction of its
 * own (so not batched with other ICSs: a scenario is one ICS's what-if).
 */
export function pathwayOf(context: RequestContext, icsCode: string, laCode: string | null, args: PathwayArgs): Promise<Pathway> {
  if (args.scenario == null) return loadPathway(context.loaders, icsCode, laCode, args);
  return withScenario(context, args.scenario, (sql) => loadPathway(new RequestLoaders(sql), icsCode, laCode, args));
}

/** Pathways of every ICS or place asked for in one request with the same arguments, in one statement. */
export const pathwayLoader = groupedLoader<PathwayRequest, Pathway>(
  (r) => JSON.stringify([r.icsCode, r.laCode, r.year, r.cohort, r.needCategory, r.basis, r.boundariesAsAt]),
  argsKey,
  async (sql, group) => {
    const { year, cohort, needCategory, basis, boundariesAsAt } = group[0];
    const { text, params } = pathwayStatement(
      group.map((r) => r.icsCode),
      group.map((r) => r.laCode),
      { year, cohort, needCategory, basis, boundariesAsAt },
      severityThresholds(),
    );
    const rows = await sql.rows<StageRow>(text, params);
    const error = unknownCode(rows[0], { icsCode: null, laCode: null, cohort, needCategory, pathwayStage: null })?.asArgument();
    return (request) => {
      if (error) return error;
      const stages = rows
        .filter((row) => row.icsCode === request.icsCode && row.laCode === request.laCode)
        .map(({ pathwayStage, label, direction, need, provision, gap, coverage, severity }) => ({
          pathwayStage, label, direction, need, provision, gap, coverage, severity,
        }));
      return {
        icsCode: request.icsCode,
        laCode: request.laCode,
        year,
        yearLabel: financialYearLabel(year),
        cohort,
        needCategory,
        basis,
        stages,
        breaks: stages.filter((stage) => stage.severity === GapSeverity.CRITICAL),
      };
    };
  },
);
