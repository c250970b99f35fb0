import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('CohortProjectionRow', {
  description:
    'One cohort at one pathway stage in one projection year: the need ageing in from the younger cohort, and whether the ' +
    "cohort's commissioned provision grew by at least that much since the year before. People cross at each band " +
    'boundary; the statutory handover at 18 is the row CHILDREN_14_17 → YOUNG_ADULTS_18_25.',
})
export class CohortProjectionRow {
  @Field(() => Int, { description: 'The projection year (2026 means 2026/27).' })
  year!: number;

  @Field(() => String)
  yearLabel!: string;

  @Field(() => String, { description: 'The cohort people age into.' })
  cohort!: string;

  @Field(() => String, { description: 'The younger cohort they age out of (the band ending the year before this one starts).' })
  fromCohort!: string;

  @Field(() => String)
  pathwayStage!: string;

  @Field(() => Float, { description: "The younger cohort's need at this stage in the year before (ICS total, place shares applied)." })
  fromCohortNeed!: number;

  @Field(() => Int, { description: "Single years of age in the younger cohort's band, e.g. 4 for 14–17, 8 for 18–25." })
  fromCohortBandYears!: number;

  @Field(() => Float, {
    description:
      "Need ageing in: fromCohortNeed ÷ fromCohortBandYears, the younger band's oldest single year of age, with need spread " +
      'evenly over its single years (no single-year data is held).',
  })
  ageingIn!: number;

  @Field(() => Float, { description: "This cohort's need at this stage in the year." })
  need!: number;

  @Field(() => Float, { description: "This cohort's apportioned service capacity at this stage in the year." })
  provision!: number;

  @Field(() => Float, { description: 'Provision in the year before.' })
  previousProvision!: number;

  @Field(() => Float, { description: 'provision − previousProvision.' })
  provisionGrowth!: number;

  @Field(() => Float, { description: 'ageingIn − provisionGrowth when positive, else 0.' })
  shortfall!: number;

  @Field(() => Boolean, { description: 'True when provision grew by less than the need ageing in.' })
  flagged!: boolean;
}
