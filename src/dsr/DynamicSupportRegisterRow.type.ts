import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate, GraphQLNonNegativeInt } from 'graphql-scalars';

@ObjectType('DynamicSupportRegisterRow', {
  description:
    "One line of the ICB's dynamic support register: the residents of one place of one cohort and need category at a " +
    'period end, by risk rating, and how many of the RED, AMBER and BLUE have a keyworker allocated. At the crisis stage, ' +
    "RED + AMBER is a place's SERVICES need; RED + AMBER + BLUE aged 0–25 with their keyworkers make the KEYWORKERS domain.",
})
export class DynamicSupportRegisterRowType {
  @Field(() => String, { description: "The ICS's ODS code (the ICB keeping the register)." })
  icsCode!: string;

  @Field(() => String, { description: "The place's local authority (ONS code): where the people live." })
  laCode!: string;

  @Field(() => String, { description: 'Life-stage cohort.' })
  cohort!: string;

  @Field(() => String, { description: 'Need category.' })
  needCategory!: string;

  @Field(() => GraphQLLocalDate, { description: 'The date the register was read.' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Financial year the period end falls in (2025 means 2025/26).' })
  year!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'RED: at imminent risk of admission.' })
  red!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'AMBER: at risk of admission without timely support.' })
  amber!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'GREEN: risks managed.' })
  green!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'BLUE: in hospital.' })
  blue!: number;

  @Field(() => GraphQLNonNegativeInt, { nullable: true, description: 'Of the RED, people with a keyworker allocated; null when not returned.' })
  redWithKeyworker!: number | null;

  @Field(() => GraphQLNonNegativeInt, { nullable: true, description: 'Of the AMBER, people with a keyworker allocated; null when not returned.' })
  amberWithKeyworker!: number | null;

  @Field(() => GraphQLNonNegativeInt, { nullable: true, description: 'Of the BLUE, people with a keyworker allocated; null when not returned.' })
  blueWithKeyworker!: number | null;
}

@InputType({
  description:
    'Which register lines; every field is optional. With no period given, each place\'s latest census (its last period end).',
})
export class DynamicSupportRegisterFilter {
  @Field(() => String, { nullable: true, description: 'Only this cohort.' })
  cohort?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this need category.' })
  needCategory?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only the census of this period end.' })
  periodEnd?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only period ends on or after this date.' })
  fromPeriod?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only period ends on or before this date.' })
  toPeriod?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only each place's latest census within the periods asked for; false: every census. Default: true when no " +
      'periodEnd, fromPeriod or toPeriod is given, else false.',
  })
  latest?: boolean | null;
}
