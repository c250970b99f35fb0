import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, pageOf } from '../graphql/connection.js';
import { financialYearLabel } from '../graphql/financial-year.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { HousingPlanFilter, HousingPlanLineType } from './HousingPlanLine.type.js';
import { housingPlanOfIcs } from './housing.loaders.js';

const HousingPlanLineConnection = Connection(HousingPlanLineType, 'HousingPlanLine');

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemHousingResolver {
  @FieldResolver(() => HousingPlanLineConnection, {
    description: "This ICS's housing plan: bed-spaces by accommodation type, place, cohort and year.",
  })
  housingPlan(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => HousingPlanFilter, { nullable: true, description: 'Which lines; all when absent.' })
    filter: HousingPlanFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(housingPlanOfIcs).load({ parent: ics.odsCode, filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}

@Resolver(() => HousingPlanLineType)
export class HousingPlanLineResolver {
  @FieldResolver(() => String, { description: 'Financial year label, e.g. 2025/26.' })
  yearLabel(@Root() line: HousingPlanLineType) {
    return financialYearLabel(line.year);
  }
}
