import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SCENARIO_ARGUMENT } from '../scenario/with-scenario.js';
import { GapSeverity } from './severity.js';
import { StageDirection } from '../vocabulary/StageDirection.js';
import { Basis } from './Basis.js';

@ObjectType('PathwayStageGap', { description: 'Need against commissioned services at one stage of the care pathway (SERVICES domain).' })
export class PathwayStageGap {
  @Field(() => String, { description: 'Pathway stage code.' })
  pathwayStage!: string;

  @Field(() => String)
  label!: string;

  @Field(() => StageDirection, { description: 'Which way is good at the stage (MEET_NEED or REDUCE), from the stage vocabulary.' })
  direction!: StageDirection;

  @Field(() => Float, { description: 'People needing support at the stage (place need = JSNA people × place share).' })
  need!: number;

  @Field(() => Float, { description: 'Apportioned capacity (people) of services at the stage active in the year.' })
  provision!: number;

  @Field(() => Float, { description: 'need − provision; positive is a shortfall.' })
  gap!: number;

  @Field(() => Float, { nullable: true, description: 'provision ÷ need; null when need is 0.' })
  coverage!: number | null;

  @Field(() => GapSeverity, {
    nullable: true,
    description:
      'Sufficiency grade of coverage; null at a REDUCE stage (specialist inpatient beds), where need and provision are ' +
      'shown for information but an inpatient bed is not a need to be met, so the stage is never a break.',
  })
  severity!: GapSeverity | null;
}

/** The arguments of `pathway` on an ICS and on a place; declared in the order the schema lists them. */
@ArgsType()
export class PathwayArgs {
  @Field(() => String, { nullable: true })
  needCategory?: string | null;

  @Field(() => String, { nullable: true })
  cohort?: string | null;

  @Field(() => Int, { description: 'Financial year (2025 means 2025/26).' })
  year!: number;

  @Field(() => Basis, {
    defaultValue: Basis.CASELOAD,
    description:
      'The basis compared: CASELOAD (people at one time, the default) or PER_YEAR (assessments, checks a year). A stage never ' +
      'adds the two together.',
  })
  basis!: Basis;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Re-basing: the year counted on the ICSs and places valid on this day (see GapFilter.boundariesAsAt); absent: on ' +
      'the boundaries of the financial year\'s 1 April.',
  })
  boundariesAsAt?: string | null;

  @Field(() => ID, { nullable: true, description: SCENARIO_ARGUMENT })
  scenario?: string | null;
}

@ObjectType('Pathway', {
  description:
    'The whole care pathway for one year: the six stages in pathway order, summed over cohorts and need categories unless ' +
    'narrowed to one, with the stages where the pathway breaks (need but no provision at all).',
})
export class Pathway {
  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => String, { nullable: true, description: "The place's local authority; null for a whole ICS." })
  laCode!: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: 'Financial year label, e.g. 2025/26.' })
  yearLabel!: string;

  @Field(() => String, { nullable: true, description: 'The cohort summed over; null for all cohorts.' })
  cohort!: string | null;

  @Field(() => String, { nullable: true, description: 'The need category summed over; null for all categories.' })
  needCategory!: string | null;

  @Field(() => Basis, { description: 'The basis of every figure in it (CASELOAD or PER_YEAR).' })
  basis!: Basis;

  @Field(() => [PathwayStageGap], { description: 'Every stage, in pathway order.' })
  stages!: PathwayStageGap[];

  @Field(() => [PathwayStageGap], { description: 'The MEET_NEED stages where need > 0 and provision = 0 (CRITICAL), in pathway order; never a REDUCE stage.' })
  breaks!: PathwayStageGap[];
}
