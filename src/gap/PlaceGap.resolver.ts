import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { PlaceType } from '../organisation/Place.type.js';
import { Pathway, PathwayArgs } from './Pathway.type.js';
import { pathwayOf } from './pathway.loader.js';

@Resolver(() => PlaceType)
export class PlaceGapResolver {
  @FieldResolver(() => Pathway, {
    description:
      "The whole care pathway for this place (the local authority's part of the ICS) in one year: need × place share against " +
      "the place's services and its apportioned part of ICS-wide services, per stage, with the stages where it breaks.",
  })
  pathway(@Root() place: PlaceType, @Args(() => PathwayArgs) args: PathwayArgs, @Ctx() context: RequestContext) {
    return pathwayOf(context, place.icsCode, place.laCode, args);
  }
}
