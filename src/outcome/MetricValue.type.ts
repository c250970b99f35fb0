import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@ObjectType('MetricValue', { description: 'A value of an outcome metric recorded for an ICS at the end of a period.' })
export class MetricValueType {
  @Field(() => Int, { description: 'The record\'s version, incremented by every change: pass it as expectedVersion to change or delete the record.' })
  version!: number;

  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => String, { description: 'Metric code; `metric` gives its name, unit and direction.' })
  metricCode!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the period the value covers, e.g. a quarter end.' })
  periodEnd!: string;

  @Field(() => Int, {
    description: 'Financial year the period ends in, by its starting calendar year (2025 means 2025/26).',
  })
  year!: number;

  @Field(() => Float, {
    description: "The value as recorded, in the metric's unit; for a rate per million, the count of people.",
  })
  value!: number;
}

@InputType({ description: 'Narrows metric values; every field is optional.' })
export class MetricValueFilter {
  @Field(() => String, { nullable: true, description: 'Metric code.' })
  metricCode?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only periods ending on or after this date.' })
  fromDate?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only periods ending on or before this date.' })
  toDate?: string | null;
}
