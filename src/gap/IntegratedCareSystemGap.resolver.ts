import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { RequestLoaders } from '../graphql/loaders.js';
import { SCENARIO_ARGUMENT, withScenario } from '../scenario/with-scenario.js';
import type { RequestContext } from '../graphql/context.js';
import { badArgument } from '../graphql/errors.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { CohortProjectionRow } from './CohortProjection.type.js';
import { cohortProjectionLoader } from './cohort-projection.loader.js';
import { normalisedCode } from './gap-filter.js';
import { Pathway, PathwayArgs } from './Pathway.type.js';
import { pathwayOf } from './pathway.loader.js';

/** Projections longer than this are refused: the JSNA projects a handful of years ahead. */
const MAX_PROJECTION_YEARS = 30;

/** The gap engine's views of one ICS. Batched: asking for many ICSs in one request costs one statement per field. */
@Resolver(() => IntegratedCareSystemType)
export class IntegratedCareSystemGapResolver {
  @FieldResolver(() => Pathway, {
    description:
      'The whole care pathway in one year (SERVICES domain): need, provision, gap and severity at each of the six stages in ' +
      'pathway order, summed over cohorts and need categories unless one is given, and the stages where the pathway breaks.',
  })
  pathway(@Root() ics: IntegratedCareSystemType, @Args(() => PathwayArgs) args: PathwayArgs, @Ctx() context: RequestContext) {
    return pathwayOf(context, ics.odsCode, null, args);
  }

  @FieldResolver(() => [CohortProjectionRow], {
    description:
      'Need ageing into each cohort, year by year, against the growth of that cohort\'s commissioned provision (SERVICES domain, ' +
      'ICS totals, place shares applied). For each year Y after fromYear up to toYear, each cohort with a younger neighbour ' +
      'and each stage: need ageing in = the younger cohort\'s need in Y−1 ÷ the number of single years of age in its band (each ' +
      "year the band's oldest single year moves up; need is spread evenly over the band's ages, as no single-year data is " +
      'held). The row is flagged when provision in Y exceeds provision in Y−1 by less than that. Early years has no younger ' +
      'cohort and is not listed.',
  })
  cohortProjection(
    @Root() ics: IntegratedCareSystemType,
    @Arg('fromYear', () => Int, { description: 'The base year; rows start the year after.' }) fromYear: number,
    @Arg('toYear', () => Int, { description: 'The last projection year.' }) toYear: number,
    @Arg('needCategory', () => String, { nullable: true, description: 'One need category; all when absent.' }) needCategory: string | null,
    @Arg('pathwayStage', () => String, { nullable: true, description: 'One pathway stage; all when absent.' }) pathwayStage: string | null,
    @Arg('boundariesAsAt', () => GraphQLLocalDate, {
      nullable: true,
      description:
        'Re-basing: every year counted on the ICSs and places valid on this day (see GapFilter.boundariesAsAt); absent: each ' +
        "financial year on the boundaries of its 1 April, so a new ICS's first year grows from nothing.",
    })
    boundariesAsAt: string | null,
    @Arg('scenario', () => ID, { nullable: true, description: SCENARIO_ARGUMENT }) scenario: string | null,
    @Ctx() context: RequestContext,
  ) {
    if (toYear <= fromYear) throw badArgument('toYear', `must be after fromYear (${toYear} <= ${fromYear})`);
    if (toYear - fromYear > MAX_PROJECTION_YEARS) throw badArgument('toYear', `at most ${MAX_PROJECTION_YEARS} years after fromYear`);
    const request = {
      icsCode: ics.odsCode, fromYear, toYear, needCategory: normalisedCode(needCategory), pathwayStage: normalisedCode(pathwayStage),
      boundariesAsAt: boundariesAsAt ?? null,
    };
    if (scenario == null) return context.loaders.get(cohortProjectionLoader).load(request);
    return withScenario(context, scenario, (sql) => new RequestLoaders(sql).get(cohortProjectionLoader).load(request));
  }
}
