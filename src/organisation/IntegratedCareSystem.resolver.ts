import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Args, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { asOfDate } from '../config/as-of-date.js';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, connectionOf, pageOf } from '../graphql/connection.js';
import { notFound } from '../graphql/errors.js';
import { AssessedNeedType, NeedFilter } from '../need/AssessedNeed.type.js';
import { needsOfIcs } from '../need/need.loaders.js';
import { PopulationCountType } from '../population/PopulationCount.type.js';
import { populationOfIcs } from '../population/population.loaders.js';
import { IcsSuccessionType } from './IcsSuccession.type.js';
import { IntegratedCareSystemType } from './IntegratedCareSystem.type.js';
import { PlaceType } from './Place.type.js';
import { RegionType } from './Region.type.js';
import { listIntegratedCareSystems } from './integrated-care-system-list.js';
import { validOn } from './validity.js';
import {
  integratedCareSystemByCode,
  placesByIcs,
  predecessorsOf,
  regionByOdsCode,
  successorsOf,
} from './organisation.loaders.js';

@InputType({ description: 'Narrows the list of ICSs; every field is optional.' })
export class IntegratedCareSystemFilter {
  @Field(() => String, { nullable: true, description: "NHS England region's ODS (Y56…) or ONS (E40…) code." })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  nameContains?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'The ICSs that existed on this day (e.g. 2025-06-30 for the 42 of July 2022 to March 2026). Default: today, or the server\'s AS_OF_DATE when set. An abolished ICS is still found by `integratedCareSystem(code:)`.',
  })
  asAt?: string | null;
}

const IntegratedCareSystemConnection = Connection(IntegratedCareSystemType, 'IntegratedCareSystem');
export const AssessedNeedConnection = Connection(AssessedNeedType, 'AssessedNeed');

@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemResolver {
  @Query(() => IntegratedCareSystemConnection, {
    description: 'The ICSs of England on one day (today unless `filter.asAt` says otherwise), in name order.',
  })
  async integratedCareSystems(
    @Arg('filter', () => IntegratedCareSystemFilter, { nullable: true, description: 'Which ICSs; all when absent.' })
    filter: IntegratedCareSystemFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { sql }: RequestContext,
  ) {
    const page = pageOf(pageArgs);
    const asAt = filter?.asAt ?? asOfDate();
    const { rows, totalCount } = await listIntegratedCareSystems(sql, { ...filter, asAt }, page);
    return connectionOf(rows, totalCount, page);
  }

  @Query(() => IntegratedCareSystemType, {
    nullable: true,
    description:
      'One ICS by its ODS code (QWU, S1Y5D) or ONS code (E54…), current or abolished; null with a NOT_FOUND error when no ICS has the code.',
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

  @FieldResolver(() => Boolean, {
    description: "Whether the ICS exists today (or on the server's AS_OF_DATE when set): valid from validFrom to validTo.",
  })
  isCurrent(@Root() ics: IntegratedCareSystemType): boolean {
    return validOn(ics, asOfDate());
  }

  @FieldResolver(() => [IcsSuccessionType], {
    description: 'The ICSs this ICS took over, whole or in part, each with the date and the part that moved; oldest first.',
  })
  predecessors(@Root() ics: IntegratedCareSystemType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(predecessorsOf).load(ics.odsCode);
  }

  @FieldResolver(() => [IcsSuccessionType], {
    description: 'The ICSs that took this ICS over, whole or in part, each with the date and the part that moved; oldest first.',
  })
  successors(@Root() ics: IntegratedCareSystemType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(successorsOf).load(ics.odsCode);
  }

  @FieldResolver(() => RegionType, { description: 'The NHS England region the ICS belongs to.' })
  region(@Root() ics: IntegratedCareSystemType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(regionByOdsCode).load(ics.regionOdsCode);
  }

  @FieldResolver(() => [PlaceType], {
    description: 'The local authorities (whole or in part) in this ICS, each share with its period (all periods held).',
  })
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
