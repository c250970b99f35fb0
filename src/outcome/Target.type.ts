import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { TargetDirection } from './Metric.entity.js';

@ObjectType('Target', {
  description:
    'A target for an outcome metric, due by a date: national (England) or set locally by one ICS. Targets are data, with their source.',
})
export class TargetType {
  @Field(() => String, { description: 'Metric code; `metric` gives its name.' })
  metricCode!: string;

  @Field(() => String, { description: '"England" for a national target, else the ODS code of the ICS that set it.' })
  scope!: string;

  @Field(() => String, { nullable: true, description: "The ICS's ODS code; null for a national target." })
  icsCode!: string | null;

  @Field(() => String, { description: "Code of the age group the metric is about (the metric's population group)." })
  populationGroup!: string;

  @Field(() => Float, { description: "The target value, in the metric's unit." })
  targetValue!: number;

  @Field(() => String, { description: 'The metric\'s unit, e.g. "per million adults".' })
  unit!: string;

  @Field(() => TargetDirection, { description: 'Whether the value must be at most or at least the target.' })
  direction!: TargetDirection;

  @Field(() => GraphQLLocalDate, { description: 'Date by which the target is to be met.' })
  due!: string;

  @Field(() => String, { description: 'Where the target comes from, e.g. "NHS Long Term Plan (2019)".' })
  source!: string;
}
