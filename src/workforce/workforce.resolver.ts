import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, pageOf } from '../graphql/connection.js';
import { financialYearLabel } from '../graphql/financial-year.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { WorkforcePlanFilter, WorkforcePlanLineType } from './WorkforcePlanLine.type.js';
import { workforcePlanOfIcs } from './workforce.loaders.js';

const WorkforcePlanLineConnection = Connection(WorkforcePlanLineType, 'WorkforcePlanLine');

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemWorkforceResolver {
  @FieldResolver(() => WorkforcePlanLineConnection, {
    description: "This ICS's workforce plan: WTE in post, planned and required by role, pathway stage and year.",
  })
  workforcePlan(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => WorkforcePlanFilter, { nullable: true, description: 'Which lines; all when absent.' })
    filter: WorkforcePlanFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(workforcePlanOfIcs).load({ parent: ics.odsCode, filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}

@Resolver(() => WorkforcePlanLineType)
export class WorkforcePlanLineResolver {
  @FieldResolver(() => String, { description: 'Financial year label, e.g. 2025/26.' })
  yearLabel(@Root() line: WorkforcePlanLineType) {
    return financialYearLabel(line.year);
  }
}
