import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { badArgument } from '../graphql/errors.js';
import { checkedFinancialYear } from '../graphql/financial-year.js';
import { IntegratedCareSystemType } from '../organisation/IntegratedCareSystem.type.js';
import { CohortProjectionRow } from './CohortProjection.type.js';
import { cohortProjectionLoader } from './cohort-projection.loader.js';
import { MetricStatus } from './MetricStatus.type.js';
import { metricStatusLoader } from './metric-status.loader.js';
import { normalisedCode } from './gap-filter-values.js';
import { Pathway } from './Pathway.type.js';
import { pathwayLoader } from './pathway.loader.js';

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
  pathway(
    @Root() ics: IntegratedCareSystemType,
    @Arg('year', () => Int, { description: 'Financial year (2025 means 2025/26).' }) year: number,
    @Arg('cohort', () => String, { nullable: true }) cohort: string | null,
    @Arg('needCategory', () => String, { nullable: true }) needCategory: string | null,
    @Ctx() { loaders }: RequestContext,
  ) {
    return loaders
      .get(pathwayLoader)
      .load({ icsCode: ics.odsCode, laCode: null, year, cohort: normalisedCode(cohort), needCategory: normalisedCode(needCategory) });
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
    @Ctx() { loaders }: RequestContext,
  ) {
    if (toYear <= fromYear) throw badArgument('toYear', `must be after fromYear (${toYear} <= ${fromYear})`);
    if (toYear - fromYear > MAX_PROJECTION_YEARS) throw badArgument('toYear', `at most ${MAX_PROJECTION_YEARS} years after fromYear`);
    return loaders.get(cohortProjectionLoader).load({
      icsCode: ics.odsCode, fromYear, toYear, needCategory: normalisedCode(needCategory), pathwayStage: normalisedCode(pathwayStage),
    });
  }

  @FieldResolver(() => [MetricStatus], {
    description: 'Every outcome metric at the end of the financial year: latest value, applicable target and whether it is met.',
  })
  metricStatus(
    @Root() ics: IntegratedCareSystemType,
    @Arg('year', () => Int, { description: 'Financial year; values up to 31 March of the year after count.' }) year: number,
    @Ctx() { loaders }: RequestContext,
  ) {
    // Outside these years the year's last day is not a date PostgreSQL can hold.
    return loaders.get(metricStatusLoader).load({ icsCode: ics.odsCode, year: checkedFinancialYear('year', year) });
  }
}
