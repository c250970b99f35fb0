import { Field, Float, ObjectType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { TargetDirection } from './Metric.entity.js';

@ObjectType('Target', {
  description:
    'A target for an outcome metric and population group, due by a date, in its own unit: national (England) or set locally by ' +
    'one ICS. Targets are data, with their source. A local trajectory is usually a headcount (COUNT) and the national ' +
    'target a rate (PER_MILLION of the group\'s population).',
})
export class TargetType {
  @Field(() => Int, { description: 'The record\'s version, incremented by every change: pass it as expectedVersion to change or delete the record.' })
  version!: number;

  @Field(() => String, { description: 'Metric code; `metric` gives its name.' })
  metricCode!: string;

  @Field(() => String, { description: '"England" for a national target, else the ODS code of the ICS that set it.' })
  scope!: string;

  @Field(() => String, { nullable: true, description: "The ICS's ODS code; null for a national target." })
  icsCode!: string | null;

  @Field(() => String, { description: 'The population group the target is set for: UNDER_18, AGE_18_PLUS, AGE_14_PLUS or ALL_AGES.' })
  populationGroup!: string;

  @Field(() => Float, { description: "The target value, in the target's unit." })
  targetValue!: number;

  @Field(() => String, {
    description: "COUNT (people, a headcount), PER_MILLION (people per million of the group's population) or PERCENT.",
  })
  unit!: string;

  @Field(() => TargetDirection, { description: 'Whether the value must be at most or at least the target.' })
  direction!: TargetDirection;

  @Field(() => GraphQLLocalDate, { description: 'Date by which the target is to be met.' })
  due!: string;

  @Field(() => String, { description: 'Where the target comes from, e.g. "NHS Long Term Plan (2019)".' })
  source!: string;
}
