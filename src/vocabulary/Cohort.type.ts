import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Cohort', {
  description: 'A life-stage cohort: a non-overlapping age band (ages inclusive). The bands are data, not code.',
})
export class CohortType {
  @Field(() => String, { description: 'Cohort code, e.g. PREPARING_FOR_ADULTHOOD.' })
  code!: string;

  @Field(() => String, { description: 'Label for display, e.g. "Preparing for adulthood (14–25)".' })
  label!: string;

  @Field(() => Int, { description: 'Youngest age in the band.' })
  minAge!: number;

  @Field(() => Int, { nullable: true, description: 'Oldest age in the band; null for an open-ended band (65+).' })
  maxAge!: number | null;

  @Field(() => Int, { description: 'Position from youngest to oldest.' })
  sortOrder!: number;
}
