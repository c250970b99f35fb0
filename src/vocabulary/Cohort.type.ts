import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Cohort', {
  description:
    'A life-stage cohort: a non-overlapping age band (ages inclusive). The bands are data, not code. Since v2 the band ' +
    '14–25 (preparing for adulthood) is split at 18, where children’s services hand over to adults’, into CHILDREN_14_17 ' +
    'and YOUNG_ADULTS_18_25; both belong to the cohort group PREPARING_FOR_ADULTHOOD.',
})
export class CohortType {
  @Field(() => String, { description: 'Cohort code, e.g. CHILDREN_14_17.' })
  code!: string;

  @Field(() => String, { description: 'Label for display, e.g. "Children (14–17)".' })
  label!: string;

  @Field(() => Int, { description: 'Youngest age in the band.' })
  minAge!: number;

  @Field(() => Int, { nullable: true, description: 'Oldest age in the band; null for an open-ended band (65+).' })
  maxAge!: number | null;

  @Field(() => Int, {
    description:
      'Oldest age counted where single years of age are counted (sharing a band by years of age, ageing from one band ' +
      'into the next): maxAge, or 89 for the open-ended 65+ band (taken as 65–89).',
  })
  countedMaxAge!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The cohort group the band belongs to, e.g. PREPARING_FOR_ADULTHOOD for CHILDREN_14_17 and YOUNG_ADULTS_18_25; ' +
      'null for a band in no group. Gap analytics can group by it (groupBy: [cohortGroup]).',
  })
  group!: string | null;

  @Field(() => Int, { description: 'Position from youngest to oldest.' })
  sortOrder!: number;
}
