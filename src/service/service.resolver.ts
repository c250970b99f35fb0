import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, pageOf } from '../graphql/connection.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { LocalAuthorityType } from '../organisation/LocalAuthority.type.js';
import { localAuthorityByCode } from '../organisation/organisation.loaders.js';
import { CommissionedServiceType, ServiceFilter } from './CommissionedService.type.js';
import { servicesOfIcs } from './service.loaders.js';

const CommissionedServiceConnection = Connection(CommissionedServiceType, 'CommissionedService');

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemServicesResolver {
  @FieldResolver(() => CommissionedServiceConnection, {
    description: 'Services commissioned in this ICS, for one of its places or the whole ICS, in pathway order.',
  })
  services(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => ServiceFilter, { nullable: true, description: 'Which services; all when absent.' })
    filter: ServiceFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(servicesOfIcs).load({ parent: ics.odsCode, filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}

@Resolver(() => CommissionedServiceType)
export class CommissionedServiceResolver {
  @FieldResolver(() => LocalAuthorityType, {
    nullable: true,
    description: 'The local authority whose place the service covers; null when it covers the whole ICS.',
  })
  localAuthority(@Root() service: CommissionedServiceType, @Ctx() { loaders }: RequestContext) {
    return service.laCode ? loaders.get(localAuthorityByCode).load(service.laCode) : null;
  }
}
