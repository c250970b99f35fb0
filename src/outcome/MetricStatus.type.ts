import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { TargetDirection } from './Metric.entity.js';
import './Metric.type.js';

@ObjectType('AppliedTarget', {
  description:
    'The target a value is judged against for a financial year: the latest due within the year (a local target before a ' +
    'national one), else the latest due before it (local first on the same day), carried forward.',
})
export class AppliedTarget {
  @Field(() => String, { description: 'The metric the target is set for.' })
  metricCode!: string;

  @Field(() => Float, { description: "Target value in the target's own unit." })
  value!: number;

  @Field(() => String, { description: 'COUNT (people), PER_MILLION (of the population group) or PERCENT.' })
  unit!: string;

  @Field(() => String, { description: 'The population group the target is set for, e.g. AGE_18_PLUS.' })
  populationGroup!: string;

  @Field(() => GraphQLLocalDate)
  due!: string;

  @Field(() => String)
  source!: string;

  @Field(() => String, { description: '"England" for a national target, else the ODS code of the ICS that set it.' })
  scope!: string;

  @Field(() => Boolean, { description: 'True when no target was due within the year and this one, due before it, carries forward.' })
  carriedForward!: boolean;
}

@ObjectType('MetricTargetStatus', { description: 'A metric judged against one target, in that target\'s own unit.' })
export class MetricTargetStatus {
  @Field(() => AppliedTarget)
  target!: AppliedTarget;

  @Field(() => Float, {
    nullable: true,
    description: "The value in the target's unit: ratePerMillion for a PER_MILLION target, else recordedValue (people, or a percentage).",
  })
  value!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether value meets the target by its direction; null without a value.' })
  met!: boolean | null;
}

@ObjectType('MetricStatus', {
  description:
    "An outcome metric for an ICS at the end of a financial year: its latest value, the targets that apply and whether they " +
    'are met. Which target applies: the latest due within the financial year, a local (ICS) one before a national one; if ' +
    'none is due within it, the latest due before it (local first on the same day), carried forward. `target` is that one; ' +
    '`local` and `national` show the ICS\'s own and the national target side by side, each by the same rule within its ' +
    'scope and each in its own unit (a local trajectory in people beside a national rate per million).',
})
export class MetricStatus {
  @Field(() => String)
  metricCode!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    description: 'The unit of its national target (else its first): COUNT, PER_MILLION or PERCENT. Values of metrics counted in people are counts; rates are computed.',
  })
  unit!: string;

  @Field(() => TargetDirection)
  direction!: TargetDirection;

  @Field(() => String, { description: 'The population group the metric is about, e.g. AGE_18_PLUS.' })
  populationGroup!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'End of the latest period with a value, up to 31 March of the year after `year`; for a census value, the latest of ' +
      "the commissioners' last period ends in the year.",
  })
  periodEnd!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The value as recorded (a count of people for metrics counted in people). For the inpatient metrics (INPATIENTS_ADULT, ' +
      'INPATIENTS_UNDER_18) it comes from the inpatient census where the ICS has returns in the year: for each commissioner, ' +
      'its inpatients at its last period end in the year, summed. For the Oliver McGowan coverage metrics (OLIVER_MCGOWAN_TIER1_COVERAGE, ' +
      'OLIVER_MCGOWAN_TIER2_COVERAGE) it comes from the training returns where the ICS has returns for the year: completed ÷ ' +
      'staff in scope of the tier, summed over kinds of employer, as a percent.',
  })
  recordedValue!: number | null;

  @Field(() => String, { nullable: true, description: 'Where recordedValue comes from: CENSUS (inpatient_census.csv), TRAINING (workforce_training.csv) or METRICS (metrics.csv).' })
  valueSource!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Metrics counted in people: the population group's population attributed to the ICS (sum over places of population × place " +
      "share), from cohort populations weighted by the overlap of each cohort's age band with the group's ages, single " +
      'years of age spread evenly (an open-ended band counted to age 99). Taken for the financial year of periodEnd, or the nearest year held.',
  })
  population!: number | null;

  @Field(() => Int, { nullable: true, description: 'The financial year the population is for.' })
  populationYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Metrics counted in people: recordedValue ÷ population × 1,000,000.' })
  ratePerMillion!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The value compared with `target`, in its unit: ratePerMillion for a PER_MILLION target, else recordedValue.",
  })
  value!: number | null;

  @Field(() => AppliedTarget, { nullable: true, description: 'The target that applies: local before national (see above).' })
  target!: AppliedTarget | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether value meets the target by its direction; null without a value or target.' })
  met!: boolean | null;

  @Field(() => MetricTargetStatus, { nullable: true, description: "Against the ICS's own target that applies, in its unit; null when it has none." })
  local!: MetricTargetStatus | null;

  @Field(() => MetricTargetStatus, { nullable: true, description: 'Against the national (England) target that applies, in its unit; null when none applies.' })
  national!: MetricTargetStatus | null;
}
