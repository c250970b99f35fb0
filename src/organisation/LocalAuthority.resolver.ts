import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { SqlRunner } from '../db/sql.js';
import type { RequestContext } from '../graphql/context.js';
import { Connection, PageArgs, connectionOf, pageOf, type Page } from '../graphql/connection.js';
import { countedPage } from '../graphql/counted-page.js';
import { notFound } from '../graphql/errors.js';
import { NeedFilter } from '../need/AssessedNeed.type.js';
import { needsOfLocalAuthority } from '../need/need.loaders.js';
import { LocalAuthorityTier } from './LocalAuthority.entity.js';
import { LocalAuthorityType } from './LocalAuthority.type.js';
import { AssessedNeedConnection } from './IntegratedCareSystem.resolver.js';
import { PlaceType } from './Place.type.js';
import { localAuthorityByCode, placesByLocalAuthority } from './organisation.loaders.js';

@InputType({ description: 'Narrows the list of local authorities; every field is optional.' })
export class LocalAuthorityFilter {
  @Field(() => LocalAuthorityTier, { nullable: true, description: 'Only authorities of this tier.' })
  tier?: LocalAuthorityTier | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Only authorities with a place in this ICS (ODS or ONS code).' })
  icsCode?: string | null;
}

const LocalAuthorityConnection = Connection(LocalAuthorityType, 'LocalAuthority');

/** One page of authorities in name order and the number matching, in one statement. */
async function listLocalAuthorities(sql: SqlRunner, filter: LocalAuthorityFilter, page: Page) {
  const { rows, totalCount } = await countedPage<LocalAuthorityType>(
    sql,
    `select la.ons_code as "onsCode", la.name, la.tier from local_authorities la
     where ($1::text is null or la.tier = $1)
       and ($2::text is null or strpos(lower(la.name), lower($2)) > 0)
       and ($3::text is null or la.ons_code in (
             select p.la_code from places p join integrated_care_systems ics on ics.ods_code = p.ics_code
             where ics.ods_code = upper($3) or ics.ons_code = upper($3)))`,
    'name, "onsCode"',
    [filter.tier ?? null, filter.nameContains ?? null, filter.icsCode ?? null],
    page,
  );
  return connectionOf(rows, totalCount, page);
}

@Resolver(() => LocalAuthorityType)
export class LocalAuthorityResolver {
  @Query(() => LocalAuthorityConnection, { description: 'The upper-tier local authorities held, in name order.' })
  localAuthorities(
    @Arg('filter', () => LocalAuthorityFilter, { nullable: true, description: 'Which authorities; all when absent.' })
    filter: LocalAuthorityFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { sql }: RequestContext,
  ) {
    return listLocalAuthorities(sql, filter ?? {}, pageOf(pageArgs));
  }

  @Query(() => LocalAuthorityType, {
    nullable: true,
    description:
      'One local authority by its ONS code (E06…, E08…, E09…, E10…); null with a NOT_FOUND error when none has the code.',
  })
  async localAuthority(
    @Arg('onsCode', () => String, { description: 'ONS code, e.g. E08000026 (Coventry).' }) onsCode: string,
    @Ctx() { loaders }: RequestContext,
  ) {
    const authority = await loaders.get(localAuthorityByCode).load(onsCode.toUpperCase());
    if (!authority) {
      throw notFound('onsCode', onsCode, `No local authority has the ONS code '${onsCode}'; localAuthorities lists them.`);
    }
    return authority;
  }

  @FieldResolver(() => [PlaceType], {
    description:
      'Its places over time: one per ICS it lies in and period of validity (validFrom, validTo), with the share of its ' +
      'population in each (most have one, share 1).',
  })
  places(@Root() authority: LocalAuthorityType, @Ctx() { loaders }: RequestContext) {
    return loaders.get(placesByLocalAuthority).load(authority.onsCode);
  }

  @FieldResolver(() => AssessedNeedConnection, {
    description: 'The needs its JSNA records, for the whole authority (populationShare 1).',
  })
  needs(
    @Root() authority: LocalAuthorityType,
    @Arg('filter', () => NeedFilter, { nullable: true, description: 'Which needs; all when absent.' })
    filter: NeedFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders
      .get(needsOfLocalAuthority)
      .load({ parent: authority.onsCode, filter: filter ?? {}, page: pageOf(pageArgs) });
  }
}
