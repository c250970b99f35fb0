import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { YearRangeFilter } from '../graphql/filters.js';

@ObjectType('WorkforcePlanLine', {
  description:
    'Workforce plan: whole-time-equivalent (WTE) staff of one role at one pathway stage in a financial year.',
})
export class WorkforcePlanLineType {
  @Field(() => Int, { description: 'The record\'s version, incremented by every change: pass it as expectedVersion to change or delete the record.' })
  version!: number;

  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => String, {
    description: "The role's stable code, e.g. LEARNING_DISABILITY_NURSE: derived from the name a plan gives, or the code it gives.",
  })
  role!: string;

  @Field(() => String, { description: "The role's name as plans write it, e.g. Learning disability nurse." })
  roleName!: string;

  @Field(() => String, { description: 'Pathway stage code.' })
  pathwayStage!: string;

  @Field(() => Int, { description: 'Financial year by its starting calendar year (2025 means 2025/26).' })
  year!: number;

  @Field(() => Float, { description: 'WTE in post: the provision WORKFORCE findings count for a year ended or under way.' })
  wteInPost!: number;

  @Field(() => Float, {
    description: 'WTE the plan funds and intends to have in post: the provision WORKFORCE findings count for a year still to come.',
  })
  wtePlanned!: number;

  @Field(() => Float, {
    description: 'WTE needed to meet assessed need. Required − in post is the vacancy gap of a year under way; required − planned the gap of a later year.',
  })
  wteRequired!: number;
}

@InputType({ description: 'Narrows workforce plan lines; every field is optional.' })
export class WorkforcePlanFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: 'Pathway stage code.' })
  pathwayStage?: string | null;

  @Field(() => String, { nullable: true, description: 'Role code, e.g. LEARNING_DISABILITY_NURSE.' })
  role?: string | null;
}
