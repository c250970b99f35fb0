import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { checkedFinancialYear } from '../graphql/financial-year.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { metricStatusLoader } from './metric-status.loader.js';
import { MetricStatus } from './MetricStatus.type.js';

/** Outcome metrics of one ICS judged against their targets. Batched: many ICSs in one request cost one statement. */
@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemMetricStatusResolver {
  @FieldResolver(() => [MetricStatus], {
    description: 'Every outcome metric at the end of the financial year: latest value, applicable target and whether it is met.',
  })
  metricStatus(
    @Root() ics: IntegratedCareSystemType,
    @Arg('year', () => Int, { description: 'Financial year; values up to 31 March of the year after count.' }) year: number,
    @Ctx() { loaders }: RequestContext,
  ) {
    // Outside these years the year's last day is not a date PostgreSQL can hold.
    return loaders.get(metricStatusLoader).load({ icsCode: ics.odsCode, year: checkedFinancialYear('year', year) });
  }
}
