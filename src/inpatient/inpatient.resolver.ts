import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, pageOf } from '../graphql/connection.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { inpatientCensusOfIcs } from './inpatient.loaders.js';
import { InpatientCensusFilter, InpatientCensusType } from './InpatientCensus.type.js';

const InpatientCensusConnection = Connection(InpatientCensusType, 'InpatientCensus');

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemInpatientCensusResolver {
  @FieldResolver(() => InpatientCensusConnection, {
    description:
      "This ICS's inpatient census: its residents in hospital per population group and commissioner at each period end, " +
      'with stays of 5+ years, placements outside the home ICB, admissions, transfers, discharges and C(E)TRs.',
  })
  inpatientCensus(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => InpatientCensusFilter, { nullable: true, description: 'Which returns; all when absent.' })
    filter: InpatientCensusFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(inpatientCensusOfIcs).load({ parent: ics.odsCode, filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}
