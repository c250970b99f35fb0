import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, pageOf } from '../graphql/connection.js';
import { financialYearLabel } from '../graphql/financial-year.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { MetricType } from './Metric.type.js';
import { MetricValueFilter, MetricValueType } from './MetricValue.type.js';
import { TargetType } from './Target.type.js';
import { listTargets, metricByCode, metricValuesOfIcs } from './outcome.loaders.js';

const MetricValueConnection = Connection(MetricValueType, 'MetricValue');

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemMetricsResolver {
  @FieldResolver(() => MetricValueConnection, {
    description: 'Outcome metric values recorded for this ICS, each metric as a series of periods.',
  })
  metrics(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => MetricValueFilter, { nullable: true, description: 'Which values; all when absent.' })
    filter: MetricValueFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(metricValuesOfIcs).load({ parent: ics.odsCode, filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}

@Resolver(() => MetricValueType)
export class MetricValueResolver {
  @FieldResolver(() => MetricType, { description: 'The metric: name, unit, direction and population group.' })
  metric(@Root() value: MetricValueType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(metricByCode).load(value.metricCode);
  }

  @FieldResolver(() => String, { description: 'Financial year label, e.g. 2025/26.' })
  yearLabel(@Root() value: MetricValueType) {
    return financialYearLabel(value.year);
  }
}

@Resolver(() => TargetType)
export class TargetResolver {
  @Query(() => [TargetType], {
    description:
      "Outcome targets by metric, national first, then by due date. With `icsCode`, the national targets and that ICS's own.",
  })
  targets(
    @Arg('metricCode', () => String, { nullable: true, description: 'Only targets for this metric code.' })
    metricCode: string | null,
    @Arg('icsCode', () => String, {
      nullable: true,
      description: 'Only targets applying to this ICS (ODS or ONS code).',
    })
    icsCode: string | null,
    @Ctx() { sql }: RequestContext,
  ) {
    return listTargets(sql, { metricCode: metricCode ?? null, icsCode: icsCode ?? null });
  }

  @FieldResolver(() => MetricType, { description: 'The metric the target is set for.' })
  metric(@Root() target: TargetType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(metricByCode).load(target.metricCode);
  }
}
