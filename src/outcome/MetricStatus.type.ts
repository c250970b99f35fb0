import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { TargetDirection } from './Metric.entity.js';
import './Metric.type.js';

@ObjectType('AppliedTarget', { description: 'The target a metric value is judged against.' })
export class AppliedTarget {
  @Field(() => Float, { description: "Target value in the metric's unit." })
  value!: number;

  @Field(() => GraphQLLocalDate)
  due!: string;

  @Field(() => String)
  source!: string;

  @Field(() => String, { description: '"England" for a national target, else the ODS code of the ICS that set it.' })
  scope!: string;
}

@ObjectType('MetricStatus', {
  description:
    "An outcome metric for an ICS at the end of a financial year: its latest value, the target that applies and whether it is met. " +
    'A local (ICS) target applies before a national one; among those, the most recent target due on or before the value\'s period ' +
    'end, else the earliest still to come.',
})
export class MetricStatus {
  @Field(() => String)
  metricCode!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Unit; for "per million …" metrics recorded values are counts and the rate is computed.' })
  unit!: string;

  @Field(() => TargetDirection)
  direction!: TargetDirection;

  @Field(() => String, { description: 'The age group the metric is about, e.g. ADULTS (18+).' })
  populationGroup!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'End of the latest period with a value, up to 31 March of the year after `year`.' })
  periodEnd!: string | null;

  @Field(() => Float, { nullable: true, description: 'The value as recorded (a count of people for per-million metrics).' })
  recordedValue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Per-million metrics: the population group's population attributed to the ICS (sum over places of population × place " +
      "share), from cohort populations weighted by the overlap of each cohort's age band with the group's ages, single " +
      'years of age spread evenly (an open-ended band counted to age 99). Taken for the financial year of periodEnd, or the nearest year held.',
  })
  population!: number | null;

  @Field(() => Int, { nullable: true, description: 'The financial year the population is for.' })
  populationYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Per-million metrics: recordedValue ÷ population × 1,000,000.' })
  ratePerMillion!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value compared with the target: ratePerMillion for per-million metrics, else recordedValue.' })
  value!: number | null;

  @Field(() => AppliedTarget, { nullable: true })
  target!: AppliedTarget | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether value meets the target by its direction; null without a value or target.' })
  met!: boolean | null;
}
