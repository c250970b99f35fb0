import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('PopulationCount', { description: 'Resident population in one life-stage cohort and financial year.' })
export class PopulationCountType {
  @Field(() => String, { description: 'Life-stage cohort code, e.g. CHILDREN_14_17.' })
  cohort!: string;

  @Field(() => Int, { description: 'Financial year by its starting calendar year (2025 means 2025/26).' })
  year!: number;

  @Field(() => String, { description: 'Financial year label, e.g. 2025/26.' })
  yearLabel!: string;

  @Field(() => Float, {
    description: "People; for an ICS, each authority's population multiplied by its place's population share.",
  })
  people!: number;
}
