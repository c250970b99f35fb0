import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { SCENARIO_ARGUMENT, withScenario } from '../scenario/with-scenario.js';
import type { RequestContext } from '../graphql/context.js';
import { PageArgs, connectionOf, pageOf } from '../graphql/connection.js';
import { findGapFindings } from './findings.js';
import { namingArguments, parseGapFilter } from './gap-filter.js';
import { GapFilter } from './GapFilter.input.js';
import { GapFinding, GapFindingConnection } from './GapFinding.type.js';
import { GapOrder } from './GapOrder.js';
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
    @Arg('scenario', () => ID, { nullable: true, description: SCENARIO_ARGUMENT }) scenario: string | null,
    @Ctx() context: RequestContext,
  ) {
    const page = pageOf(pageArgs);
    const { asOfDate } = context;
    return namingArguments('filter.', async () => {
      const { findings, totalCount } = await withScenario(context, scenario, (sql) => findGapFindings(sql, {
        filter: parseGapFilter(filter),
        order: orderBy ?? GapOrder.SEVERITY,
        page,
        thresholds: severityThresholds(),
        asOfDate,
      }));
      return connectionOf(findings, totalCount, page);
    });
  }
}
