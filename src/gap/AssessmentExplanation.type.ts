import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { AssessmentDemandType } from '../assessment/AssessmentDemand.type.js';

@ObjectType('GapAssessmentPlace', {
  description:
    "One place's part of a DIAGNOSTIC_ASSESSMENT finding: its returns' figures × populationShare, need, capacity and outputs.",
})
export class GapAssessmentPlace {
  @Field(() => String)
  laCode!: string;

  @Field(() => Float, { description: "Share of the authority's population in the ICS." })
  populationShare!: number;

  @Field(() => Float, { description: 'Σ (referrals − closed without assessment) over the period ends in the year × populationShare.' })
  netReferrals!: number;

  @Field(() => Float, { description: 'Waiting at the last period end before 1 April × populationShare; 0 when there is none.' })
  waitingAtStart!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The period end waitingAtStart was read at; null when there is none.' })
  waitingAtStartPeriodEnd!: string | null;

  @Field(() => Boolean, { description: 'true when no return precedes 1 April of the year: waitingAtStart is taken as 0.' })
  noReturnBeforeYear!: boolean;

  @Field(() => Float, { description: 'Waiting at the last period end in the year × populationShare.' })
  waitingAtEnd!: number;

  @Field(() => GraphQLLocalDate, { description: 'The last period end in the year.' })
  waitingAtEndPeriodEnd!: string;

  @Field(() => Float, { description: 'netReferrals + max(0, waitingAtStart − netReferrals × 13 ÷ 52) ÷ clearance years.' })
  need!: number;

  @Field(() => Float, { description: 'PER_YEAR capacity of diagnostic assessment services apportioned to the place.' })
  capacity!: number;

  @Field(() => Float)
  projectedWaitingList!: number;

  @Field(() => Float, { nullable: true })
  monthsToStandard!: number | null;

  @Field(() => Float, { nullable: true })
  impliedWaitWeeks!: number | null;

  @Field(() => [AssessmentDemandType], {
    description: "The authority's returns read: the one before 1 April (if any) and those in the year, whole.",
  })
  returns!: AssessmentDemandType[];
}
