import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, pageOf } from '../graphql/connection.js';
import { financialYearLabel } from '../graphql/financial-year.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { FinancePlanFilter, FinancePlanLineType } from './FinancePlanLine.type.js';
import { financePlanOfIcs } from './finance.loaders.js';

const FinancePlanLineConnection = Connection(FinancePlanLineType, 'FinancePlanLine');

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemFinanceResolver {
  @FieldResolver(() => FinancePlanLineConnection, {
    description: "This ICS's joint finance plan: funding by source, pathway stage, cohort and year, in GBP.",
  })
  financePlan(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => FinancePlanFilter, { nullable: true, description: 'Which lines; all when absent.' })
    filter: FinancePlanFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(financePlanOfIcs).load({ parent: ics.odsCode, filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}

@Resolver(() => FinancePlanLineType)
export class FinancePlanLineResolver {
  @FieldResolver(() => String, { description: 'Financial year label, e.g. 2025/26.' })
  yearLabel(@Root() line: FinancePlanLineType) {
    return financialYearLabel(line.year);
  }
}
