import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TargetDirection } from './Metric.entity.js';

registerEnumType(TargetDirection, {
  name: 'TargetDirection',
  description: 'Which side of a target is good.',
  valuesConfig: {
    AT_MOST: {
      description: 'Lower is better: met when the value is at most the target (e.g. inpatients per million).',
    },
    AT_LEAST: {
      description: 'Higher is better: met when the value is at least the target (e.g. health check coverage).',
    },
  },
});

@ObjectType('Metric', { description: 'An outcome metric that ICSs report and national or local targets are set for.' })
export class MetricType {
  @Field(() => String, { description: 'Metric code, e.g. INPATIENTS_ADULT.' })
  code!: string;

  @Field(() => String, { description: 'What the metric measures.' })
  name!: string;

  @Field(() => String, {
    description:
      'The unit of its national target (else its first): COUNT, PER_MILLION or PERCENT. For metrics counted in people ' +
      '(COUNT, PER_MILLION), recorded values are counts of people and rates are computed.',
  })
  unit!: string;

  @Field(() => TargetDirection, { description: 'Whether lower or higher values are better.' })
  direction!: TargetDirection;

  @Field(() => String, {
    description: 'Code of the population group the metric is about: UNDER_18, AGE_18_PLUS, AGE_14_PLUS or ALL_AGES.',
  })
  populationGroup!: string;
}
