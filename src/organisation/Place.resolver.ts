import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { IntegratedCareSystemType } from './IntegratedCareSystem.type.js';
import { LocalAuthorityType } from './LocalAuthority.type.js';
import { PlaceType } from './Place.type.js';
import { integratedCareSystemByCode, localAuthorityByCode } from './organisation.loaders.js';

@Resolver(() => PlaceType)
export class PlaceResolver {
  @FieldResolver(() => IntegratedCareSystemType, { description: 'The ICS the place belongs to.' })
  ics(@Root() place: PlaceType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(integratedCareSystemByCode).load(place.icsCode);
  }

  @FieldResolver(() => LocalAuthorityType, {
    description: 'The local authority whose area (or part of it) the place is.',
  })
  localAuthority(@Root() place: PlaceType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(localAuthorityByCode).load(place.laCode);
  }
}
