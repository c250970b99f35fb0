import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, pageOf } from '../graphql/connection.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { PlaceType } from '../organisation/Place.type.js';
import { assessmentDemandOfIcs, assessmentDemandOfPlace, placeKey } from './assessment.loaders.js';
import { AssessmentDemandFilter, AssessmentDemandType } from './AssessmentDemand.type.js';

const AssessmentDemandConnection = Connection(AssessmentDemandType, 'AssessmentDemand');

const FILTER = { nullable: true, description: 'Which returns; all when absent.' } as const;

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemAssessmentDemandResolver {
  @FieldResolver(() => AssessmentDemandConnection, {
    description:
      "Diagnostic assessment returns of this ICS's local authorities (referrals, closed without assessment, completed, " +
      'waiting and waiting 13+ weeks per category, cohort and period end), each with the place share that counts it ' +
      'towards the ICS.',
  })
  assessmentDemand(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => AssessmentDemandFilter, FILTER) filter: AssessmentDemandFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(assessmentDemandOfIcs).load({ parent: ics.odsCode, filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}

@Resolver(() => PlaceType)
export class PlaceAssessmentDemandResolver {
  @FieldResolver(() => AssessmentDemandConnection, {
    description:
      "Diagnostic assessment returns of the place's local authority in the place's period, whole, with the share " +
      '(populationShare) that counts them towards the ICS.',
  })
  assessmentDemand(
    @Root() place: PlaceType,
    @Arg('filter', () => AssessmentDemandFilter, FILTER) filter: AssessmentDemandFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(assessmentDemandOfPlace).load({ parent: placeKey(place), filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}
