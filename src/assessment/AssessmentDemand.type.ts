import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate, GraphQLNonNegativeInt } from 'graphql-scalars';

@ObjectType('AssessmentDemand', {
  description:
    "One diagnostic assessment return of a local authority for a need category and cohort at a period end: the flows of " +
    'the period ending then and the waiting list at it, for the whole authority. It counts towards an ICS × populationShare ' +
    '(the DIAGNOSTIC_ASSESSMENT gap domain).',
})
export class AssessmentDemandType {
  @Field(() => String, { description: "The local authority's ONS code." })
  laCode!: string;

  @Field(() => String, { description: 'Need category code, e.g. AUTISM.' })
  needCategory!: string;

  @Field(() => String, { description: 'Life-stage cohort code, e.g. ADULTS.' })
  cohort!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the period.' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Financial year the period end falls in (2025 means 2025/26).' })
  year!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Referrals for assessment received in the period.' })
  referrals!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Of them, referrals closed without an assessment (withdrawn, redirected).' })
  closedWithoutAssessment!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Assessments completed in the period.' })
  completed!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'People waiting for an assessment at the period end.' })
  waiting!: number;

  @Field(() => GraphQLNonNegativeInt, {
    description: "Of them, people waiting 13 weeks or more since referral (beyond NICE's standard).",
  })
  waiting13WeeksPlus!: number;

  @Field(() => Float, {
    description:
      "Share of the authority's population in the ICS the return was reached through, at the period end (1 when read " +
      'from the authority itself): the part of its figures that counts towards the ICS.',
  })
  populationShare!: number;
}

@InputType({ description: 'Narrows assessment returns; every field is optional.' })
export class AssessmentDemandFilter {
  @Field(() => String, { nullable: true, description: 'Need category code.' })
  needCategory?: string | null;

  @Field(() => String, { nullable: true, description: 'Life-stage cohort code.' })
  cohort?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only period ends on or after this date.' })
  fromPeriod?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only period ends on or before this date.' })
  toPeriod?: string | null;
}
