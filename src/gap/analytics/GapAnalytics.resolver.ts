import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { SCENARIO_ARGUMENT, withScenario } from '../../scenario/with-scenario.js';
import type { RequestContext } from '../../graphql/context.js';
import { Connection, PageArgs, pageOf } from '../../graphql/connection.js';
import { GapFilter } from '../GapFilter.input.js';
import { namingArguments, parseGapFilter } from '../gap-filter.js';
import { severityThresholds } from '../severity.js';
import { GapDimension } from './GapDimension.js';
import { GapAnalyticsOrder } from './GapAnalyticsOrder.js';
import { GapAnalyticsRow } from './GapAnalyticsRow.type.js';
import { gapAnalytics } from './gap-analytics.js';

const GapAnalyticsConnection = Connection(GapAnalyticsRow, 'GapAnalyticsRow');

@Resolver()
export class GapAnalyticsResolver {
  @Query(() => GapAnalyticsConnection, {
    description:
      'Gap measures grouped by any of the dimensions, over the findings `gapFindings` returns for the same filter, in one SQL ' +
      'statement. Grouping by localAuthority sums place-level findings; otherwise the filter level applies (ICS by default). ' +
      'An empty groupBy gives one row for all of England per unit and basis.',
  })
  gapAnalytics(
    @Arg('groupBy', () => [GapDimension]) groupBy: GapDimension[],
    @Arg('filter', () => GapFilter, { nullable: true }) filter: GapFilter | null,
    @Arg('orderBy', () => GapAnalyticsOrder, { nullable: true, defaultValue: GapAnalyticsOrder.SEVERITY }) orderBy: GapAnalyticsOrder | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('scenario', () => ID, { nullable: true, description: SCENARIO_ARGUMENT }) scenario: string | null,
    @Ctx() context: RequestContext,
  ) {
    const { asOfDate } = context;
    return namingArguments('filter.', () =>
      withScenario(context, scenario, (sql) => gapAnalytics(sql, {
        groupBy: [...new Set(groupBy)],
        filter: parseGapFilter(groupBy.includes(GapDimension.localAuthority) ? { level: 'PLACE', ...filter } as GapFilter : filter ?? {}),
        // An explicit null (e.g. from a variable) does not take the default.
        order: orderBy ?? GapAnalyticsOrder.SEVERITY,
        page: pageOf(pageArgs),
        thresholds: severityThresholds(),
        asOfDate,
      })),
    );
  }
}
