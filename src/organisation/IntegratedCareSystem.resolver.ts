import { Arg, Args, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, connectionOf, pageOf } from '../graphql/connection.js';
import { notFound } from '../graphql/errors.js';
import { AssessedNeedType, NeedFilter } from '../need/AssessedNeed.type.js';
import { needsOfIcs } from '../need/need.loaders.js';
import { PopulationCountType } from '../population/PopulationCount.type.js';
import { populationOfIcs } from '../population/population.loaders.js';
import { IntegratedCareSystemType } from './IntegratedCareSystem.type.js';
import { PlaceType } from './Place.type.js';
import { RegionType } from './Region.type.js';
import { listIntegratedCareSystems } from './integrated-care-system-list.js';
import { integratedCareSystemByCode, placesByIcs, regionByOdsCode } from './organisation.loaders.js';

@InputType({ description: 'Narrows the list of ICSs; every field is optional.' })
export class IntegratedCareSystemFilter {
  @Field(() => String, { nullable: true, description: "NHS England region's ODS (Y56…) or ONS (E40…) code." })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  nameContains?: string | null;
}

const IntegratedCareSystemConnection = Connection(IntegratedCareSystemType, 'IntegratedCareSystem');
export const AssessedNeedConnection = Connection(AssessedNeedType, 'AssessedNeed');

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemResolver {
  @Query(() => IntegratedCareSystemConnection, { description: 'The ICSs of England, in name order.' })
  async integratedCareSystems(
    @Arg('filter', () => IntegratedCareSystemFilter, { nullable: true, description: 'Which ICSs; all when absent.' })
    filter: IntegratedCareSystemFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { sql }: RequestContext,
  ) {
    const page = pageOf(pageArgs);
    const { rows, totalCount } = await listIntegratedCareSystems(sql, filter ?? {}, page);
    return connectionOf(rows, totalCount, page);
  }

  @Query(() => IntegratedCareSystemType, {
    nullable: true,
    description: 'One ICS by its ODS code (QWU) or ONS code (E54…); null with a NOT_FOUND error when no ICS has the code.',
  })
  async integratedCareSystem(
    @Arg('code', () => String, { description: 'ODS code (e.g. QWU) or ONS code (e.g. E54000018), any case.' })
    code: string,
    @Ctx() { loaders }: RequestContext,
  ) {
    const ics = await loaders.get(integratedCareSystemByCode).load(code);
    if (!ics) throw notFound('code', code, `No ICS has the ODS or ONS code '${code}'; integratedCareSystems lists them.`);
    return ics;
  }

  @FieldResolver(() => RegionType, { description: 'The NHS England region the ICS belongs to.' })
  region(@Root() ics: IntegratedCareSystemType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(regionByOdsCode).load(ics.regionOdsCode);
  }

  @FieldResolver(() => [PlaceType], { description: 'The local authorities (whole or in part) in this ICS.' })
  places(@Root() ics: IntegratedCareSystemType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(placesByIcs).load(ics.odsCode);
  }

  @FieldResolver(() => [PopulationCountType], {
    description: 'Resident population by cohort, attributed to the ICS by place share; all years unless `year` is given.',
  })
  population(
    @Root() ics: IntegratedCareSystemType,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'Financial year (2025 means 2025/26); all years when absent.',
    })
    year: number | null,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(populationOfIcs).load({ icsCode: ics.odsCode, year: year ?? null });
  }

  @FieldResolver(() => AssessedNeedConnection, {
    description: "JSNA needs of this ICS's local authorities, each with the place share that attributes it to the ICS.",
  })
  needs(
    @Root() ics: IntegratedCareSystemType,
    @Arg('filter', () => NeedFilter, { nullable: true, description: 'Which needs; all when absent.' })
    filter: NeedFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders.get(needsOfIcs).load({ parent: ics.odsCode, filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}
