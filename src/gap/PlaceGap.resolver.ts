import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { PlaceType } from '../organisation/Place.type.js';
import { normalisedCode } from './gap-filter.js';
import { Pathway } from './Pathway.type.js';
import { pathwayLoader } from './pathway.loader.js';

@Resolver(() => PlaceType)
export class PlaceGapResolver {
  @FieldResolver(() => Pathway, {
    description:
      "The whole care pathway for this place (the local authority's part of the ICS) in one year: need × place share against " +
      "the place's services and its apportioned part of ICS-wide services, per stage, with the stages where it breaks.",
  })
  pathway(
    @Root() place: PlaceType,
    @Arg('year', () => Int, { description: 'Financial year (2025 means 2025/26).' }) year: number,
    @Arg('cohort', () => String, { nullable: true }) cohort: string | null,
    @Arg('needCategory', () => String, { nullable: true }) needCategory: string | null,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders
      .get(pathwayLoader)
      .load({ icsCode: place.icsCode, laCode: place.laCode, year, cohort: normalisedCode(cohort), needCategory: normalisedCode(needCategory) });
  }
}
