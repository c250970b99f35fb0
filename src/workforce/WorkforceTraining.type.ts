import { Field, Float, InputType, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLNonNegativeInt } from 'graphql-scalars';
import { TrainingOrganisationType } from './WorkforceTraining.entity.js';

registerEnumType(TrainingOrganisationType, {
  name: 'TrainingOrganisationType',
  description: 'The kind of employer whose staff a training return counts.',
  valuesConfig: {
    NHS: { description: 'NHS trusts, the ICB and NHS primary care.' },
    LOCAL_AUTHORITY: { description: 'Councils (social care and public health staff among them).' },
    INDEPENDENT: { description: 'Independent-sector and voluntary providers the ICS or councils commission.' },
  },
});

/** Tier 1 and tier 2 counts, coverage and the applicable coverage targets: shared by rows and ICS totals. */
@InterfaceType('TrainingCoverage', {
  description: 'Oliver McGowan tier 1 and tier 2: staff in scope, completed, coverage, and the coverage targets that apply.',
  // Answers are plain rows, told apart by whether they name an organisation type.
  resolveType: (value: { organisationType?: string | null }) => (value.organisationType ? 'WorkforceTraining' : 'WorkforceTrainingTotal'),
})
export abstract class TrainingCoverage {
  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => Int, { description: 'Financial year (2025 means 2025/26).' })
  year!: number;

  @Field(() => String, { description: 'Financial year label, e.g. 2025/26.' })
  yearLabel!: string;

  @Field(() => GraphQLNonNegativeInt, { description: 'Staff in scope of tier 1 (e-learning and a live online session, for all health and care staff).' })
  tier1InScope!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Of them, staff who completed tier 1.' })
  tier1Completed!: number;

  @Field(() => Float, { nullable: true, description: 'tier1Completed ÷ tier1InScope, exact decimals rounded to 10 places; null when none are in scope.' })
  tier1Coverage!: number | null;

  @Field(() => GraphQLNonNegativeInt, { description: 'Staff in scope of tier 2 (e-learning and a face-to-face day, for staff who may support people with a learning disability or autistic people).' })
  tier2InScope!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Of them, staff who completed tier 2.' })
  tier2Completed!: number;

  @Field(() => Float, { nullable: true, description: 'tier2Completed ÷ tier2InScope, exact decimals rounded to 10 places; null when none are in scope.' })
  tier2Coverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The OLIVER_MCGOWAN_TIER1_COVERAGE target that applies to this ICS and year (percent; local before national, by the rule ' +
      'metricStatus uses); null when none is held.',
  })
  tier1Target!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether tier 1 coverage meets tier1Target, compared exactly; null without a target or staff in scope.' })
  tier1TargetMet!: boolean | null;

  @Field(() => Float, { nullable: true, description: 'The OLIVER_MCGOWAN_TIER2_COVERAGE target that applies (percent), as tier1Target.' })
  tier2Target!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether tier 2 coverage meets tier2Target, compared exactly; null without a target or staff in scope.' })
  tier2TargetMet!: boolean | null;
}

@ObjectType('WorkforceTraining', {
  description:
    'Oliver McGowan Mandatory Training on Learning Disability and Autism in one ICS among one kind of employer in one ' +
    'financial year: each tier against its own staff in scope.',
  implements: TrainingCoverage,
})
export class WorkforceTrainingType extends TrainingCoverage {
  @Field(() => TrainingOrganisationType, { description: 'NHS, LOCAL_AUTHORITY or INDEPENDENT.' })
  organisationType!: TrainingOrganisationType;
}

@ObjectType('WorkforceTrainingTotal', {
  description: "The ICS's training in one year summed over the kinds of employer the filter lets through; coverage of the sums.",
  implements: TrainingCoverage,
})
export class WorkforceTrainingTotal extends TrainingCoverage {}

@ObjectType('WorkforceTrainingReport', { description: "An ICS's Oliver McGowan training returns and its totals per year." })
export class WorkforceTrainingReport {
  @Field(() => [WorkforceTrainingType], { description: 'One row per kind of employer and year: by year, then NHS, LOCAL_AUTHORITY, INDEPENDENT.' })
  rows!: WorkforceTrainingType[];

  @Field(() => [WorkforceTrainingTotal], { description: 'One total per year held, in year order.' })
  totals!: WorkforceTrainingTotal[];
}

@InputType({ description: 'Narrows training returns; every field is optional.' })
export class WorkforceTrainingFilter {
  @Field(() => Int, { nullable: true, description: 'One financial year (2025 means 2025/26).' })
  year?: number | null;

  @Field(() => TrainingOrganisationType, { nullable: true, description: 'Only this kind of employer (totals then sum it alone).' })
  organisationType?: TrainingOrganisationType | null;
}
