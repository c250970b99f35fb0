import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { YearRangeFilter } from '../graphql/filters.js';

@ObjectType('WorkforcePlanLine', {
  description:
    'Workforce plan: whole-time-equivalent (WTE) staff of one role at one pathway stage in a financial year.',
})
export class WorkforcePlanLineType {
  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => String, { description: 'Role code, e.g. LEARNING_DISABILITY_NURSE.' })
  role!: string;

  @Field(() => String, { description: 'Pathway stage code.' })
  pathwayStage!: string;

  @Field(() => Int, { description: 'Financial year by its starting calendar year (2025 means 2025/26).' })
  year!: number;

  @Field(() => Float, { description: 'WTE in post.' })
  wteInPost!: number;

  @Field(() => Float, { description: 'WTE the plan funds and intends to have in post.' })
  wtePlanned!: number;

  @Field(() => Float, { description: 'WTE needed to meet assessed need; required − planned is the workforce gap.' })
  wteRequired!: number;
}

@InputType({ description: 'Narrows workforce plan lines; every field is optional.' })
export class WorkforcePlanFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: 'Pathway stage code.' })
  pathwayStage?: string | null;

  @Field(() => String, { nullable: true, description: 'Role code.' })
  role?: string | null;
}
