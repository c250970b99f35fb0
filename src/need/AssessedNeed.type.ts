import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { YearRangeFilter } from '../graphql/filters.js';
import { Basis } from '../gap/Basis.js';

@ObjectType('AssessedNeed', {
  description:
    'A JSNA figure: people in a local authority assessed as needing support at one pathway stage, in one cohort, need category and financial year. Years ahead are projections.',
})
export class AssessedNeedType {
  @Field(() => Int, { description: 'The record\'s version, incremented by every change: pass it as expectedVersion to change or delete the record.' })
  version!: number;

  @Field(() => String, { description: "The local authority's ONS code." })
  laCode!: string;

  @Field(() => String, { description: 'Life-stage cohort code, e.g. CHILDREN_14_17.' })
  cohort!: string;

  @Field(() => String, { description: 'Need category code, e.g. AUTISM.' })
  needCategory!: string;

  @Field(() => String, { description: 'Pathway stage code, e.g. CRISIS_AND_INTENSIVE_SUPPORT.' })
  pathwayStage!: string;

  @Field(() => Int, { description: 'Financial year by its starting calendar year (2025 means 2025/26).' })
  year!: number;

  @Field(() => String, { description: 'Financial year label, e.g. 2025/26.' })
  yearLabel!: string;

  @Field(() => Int, { description: 'People in the whole local authority.' })
  people!: number;

  @Field(() => Basis, {
    description:
      'CASELOAD (people needing support at one time) or PER_YEAR (assessments, checks a year needed); gap findings compare ' +
      'it only with capacity of the same basis.',
  })
  basis!: Basis;

  @Field(() => Float, {
    description:
      "Share of the authority's population in the ICS the need was reached through (1 when read from the authority itself).",
  })
  populationShare!: number;

  @Field(() => Float, { description: 'people × populationShare: the need that counts towards the ICS.' })
  attributedPeople!: number;

  @Field(() => String, { description: 'Where the figure comes from and whether it is assessed or projected.' })
  source!: string;
}

@InputType({ description: 'Narrows JSNA needs; every field is optional.' })
export class NeedFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: 'Life-stage cohort code.' })
  cohort?: string | null;

  @Field(() => String, { nullable: true, description: 'Need category code.' })
  needCategory?: string | null;

  @Field(() => String, { nullable: true, description: 'Pathway stage code.' })
  pathwayStage?: string | null;

  @Field(() => String, { nullable: true, description: "A local authority's ONS code." })
  laCode?: string | null;
}
