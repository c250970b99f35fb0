import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { PageArgs, connectionOf, pageOf } from '../graphql/connection.js';
import { badArgument } from '../graphql/errors.js';
import { levelsOf } from './domains/index.js';
import { normalisedCode, type GapFilterValues } from './gap-filter-values.js';
import { GapLevel } from './GapLevel.js';
import { GapOrder } from './GapOrder.js';
import { GapFilter } from './GapFilter.input.js';
import { GapFinding, GapFindingConnection } from './GapFinding.type.js';
import { findGapFindings } from './findings.js';
import { severityThresholds } from './severity.js';

@Resolver(() => GapFinding)
export class GapFindingResolver {
  @Query(() => GapFindingConnection, {
    description:
      'Where assessed need is not met by what is commissioned or planned: one finding per scope × dimensions × year and domain, ' +
      'worst first (severity, then gap). Computed in the database in one statement, for one ICS or all of England.',
  })
  async gapFindings(
    @Arg('filter', () => GapFilter) filter: GapFilter,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('orderBy', () => GapOrder, { nullable: true, defaultValue: GapOrder.SEVERITY }) orderBy: GapOrder | null,
    @Ctx() { sql }: RequestContext,
  ) {
    const page = pageOf(pageArgs);
    const { findings, totalCount } = await findGapFindings(sql, {
      filter: gapFilterValues(filter),
      order: orderBy ?? GapOrder.SEVERITY,
      page,
      thresholds: severityThresholds(),
    });
    return connectionOf(findings, totalCount, page);
  }
}

/** Normalises codes (upper case, trimmed) and settles the level; rejects contradictory filters. */
export function gapFilterValues(filter: GapFilter): GapFilterValues {
  const code = normalisedCode;
  const laCode = code(filter.laCode);
  const level = filter.level ?? (laCode ? GapLevel.PLACE : GapLevel.ICS);
  const domain = filter.domain ?? null;
  if (domain !== null && !levelsOf(domain).includes(level)) {
    throw badArgument('filter.domain', `${domain} findings exist at ${levelsOf(domain).join(' and ')} level only (level was ${level})`);
  }
  const fromYear = filter.fromYear ?? null;
  const toYear = filter.toYear ?? null;
  if (fromYear !== null && toYear !== null && fromYear > toYear) {
    throw badArgument('filter.toYear', `must not be before fromYear (${toYear} < ${fromYear})`);
  }
  return {
    icsCode: code(filter.icsCode),
    laCode,
    level,
    domain,
    year: filter.year ?? null,
    fromYear,
    toYear,
    cohort: code(filter.cohort),
    needCategory: code(filter.needCategory),
    pathwayStage: code(filter.pathwayStage),
    minSeverity: filter.minSeverity ?? null,
  };
}
