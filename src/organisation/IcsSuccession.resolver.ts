import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { IcsSuccessionType } from './IcsSuccession.type.js';
import { IntegratedCareSystemType } from './IntegratedCareSystem.type.js';
import { integratedCareSystemByCode } from './organisation.loaders.js';

@Resolver(() => IcsSuccessionType)
export class IcsSuccessionResolver {
  @FieldResolver(() => IntegratedCareSystemType, { description: 'The ICS the part was taken from.' })
  predecessor(@Root() succession: IcsSuccessionType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(integratedCareSystemByCode).load(succession.predecessorOdsCode);
  }

  @FieldResolver(() => IntegratedCareSystemType, { description: 'The ICS that took the part over.' })
  successor(@Root() succession: IcsSuccessionType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(integratedCareSystemByCode).load(succession.successorOdsCode);
  }
}
