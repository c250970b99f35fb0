import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, pageOf } from '../graphql/connection.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { PlaceType } from '../organisation/Place.type.js';
import { dynamicSupportRegisterOfIcs, dynamicSupportRegisterOfPlace, placeKey } from './dynamic-support-register.loaders.js';
import { DynamicSupportRegisterFilter, DynamicSupportRegisterRowType } from './DynamicSupportRegisterRow.type.js';

const DynamicSupportRegisterConnection = Connection(DynamicSupportRegisterRowType, 'DynamicSupportRegisterRow');

const FILTER_DESCRIPTION = "Which lines; absent, each place's latest census.";

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemDynamicSupportRegisterResolver {
  @FieldResolver(() => DynamicSupportRegisterConnection, {
    description:
      "This ICS's dynamic support register for all its places: people rated RED, AMBER, GREEN and BLUE per place, cohort " +
      "and need category at each period end, with keyworkers allocated. Each place's latest census unless periods are asked for.",
  })
  dynamicSupportRegister(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => DynamicSupportRegisterFilter, { nullable: true, description: FILTER_DESCRIPTION })
    filter: DynamicSupportRegisterFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(dynamicSupportRegisterOfIcs).load({ parent: ics.odsCode, filter: { ...filter }, page: pageOf(pageArgs) });
  }
}

@Resolver(() => PlaceType)
export class PlaceDynamicSupportRegisterResolver {
  @FieldResolver(() => DynamicSupportRegisterConnection, {
    description:
      "The dynamic support register of this place's residents: people rated RED, AMBER, GREEN and BLUE per cohort and need " +
      'category at each period end, with keyworkers allocated. The latest census unless periods are asked for.',
  })
  dynamicSupportRegister(
    @Root() place: PlaceType,
    @Arg('filter', () => DynamicSupportRegisterFilter, { nullable: true, description: FILTER_DESCRIPTION })
    filter: DynamicSupportRegisterFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders
      .get(dynamicSupportRegisterOfPlace)
      .load({ parent: placeKey(place.icsCode, place.laCode), filter: { ...filter }, page: pageOf(pageArgs) });
  }
}
