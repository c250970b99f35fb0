import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Basis } from '../Basis.js';
import { GapDomain } from '../domains/index.js';
import { GapUnit } from '../GapUnit.js';
import { GapSeverity } from '../severity.js';

@ObjectType('GapAnalyticsRow', {
  description:
    'Gap measures summed over the findings of one group. Dimensions not grouped by are null. Need and provision are summed ' +
    'first; coverage and severity are derived from the sums, never averaged. Sums never mix units or bases: rows are always split by unit and by basis.',
})
export class GapAnalyticsRow {
  @Field(() => String, { nullable: true, description: 'Region ODS code, when grouped by region.' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'ICS ODS code, when grouped by ics.' })
  ics!: string | null;

  @Field(() => String, { nullable: true, description: 'Local authority ONS code, when grouped by localAuthority.' })
  localAuthority!: string | null;

  @Field(() => GapDomain, { nullable: true, description: 'Gap domain, when grouped by domain.' })
  domain!: GapDomain | null;

  @Field(() => String, { nullable: true, description: 'Cohort code, when grouped by cohort.' })
  cohort!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cohort group (e.g. PREPARING_FOR_ADULTHOOD), when grouped by cohortGroup; a cohort in no group appears under its own code.',
  })
  cohortGroup!: string | null;

  @Field(() => String, { nullable: true, description: 'Need category code, when grouped by needCategory.' })
  needCategory!: string | null;

  @Field(() => String, { nullable: true, description: 'Pathway stage code, when grouped by pathwayStage.' })
  pathwayStage!: string | null;

  @Field(() => Int, { nullable: true, description: 'Financial year, when grouped by year.' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Financial year label (2025/26), when grouped by year.' })
  yearLabel!: string | null;

  @Field(() => GapUnit, { description: 'Unit of need, provision and gap.' })
  unit!: GapUnit;

  @Field(() => Basis, {
    nullable: true,
    description: 'CASELOAD (people at one time) or PER_YEAR (a number a year) for the findings summed; null for domains without a basis.',
  })
  basis!: Basis | null;

  @Field(() => Float, { nullable: true, description: 'Summed need (uncosted finance findings add nothing).' })
  need!: number | null;

  @Field(() => Float, { description: 'Summed provision.' })
  provision!: number;

  @Field(() => Float, { nullable: true, description: 'need − provision of the sums (positive = shortfall).' })
  gap!: number | null;

  @Field(() => Float, { nullable: true, description: 'provision ÷ need of the sums; null when need is 0.' })
  coverage!: number | null;

  @Field(() => GapSeverity, { nullable: true, description: 'Severity of the summed coverage, by the same thresholds as findings.' })
  severity!: GapSeverity | null;

  @Field(() => GapSeverity, {
    nullable: true,
    description:
      'The worst severity among the findings summed (a group can meet need overall while one finding in it is CRITICAL); ' +
      'null when no finding has a severity (only uncosted FINANCE findings).',
  })
  worstSeverity!: GapSeverity | null;

  @Field(() => Int, { description: 'Number of findings summed.' })
  findingCount!: number;

  @Field(() => Int, { description: 'Number of those findings that are CRITICAL (a break in the pathway).' })
  criticalCount!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'PERSONAL_BUDGETS: adults with a direct payment (DIRECT_PAYMENT_ONLY + PART_DIRECT_PAYMENT) in the group; null when the ' +
      'group has no PERSONAL_BUDGETS finding.',
  })
  directPaymentPeople!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "PERSONAL_BUDGETS: directPaymentPeople ÷ the group's PERSONAL_BUDGETS need (adults in long-term community support); " +
      'null when the group has none.',
  })
  directPaymentShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'PERSONAL_BUDGETS: personal health budget holders in the group, apart (never in need or provision); null when the group ' +
      'has no PERSONAL_BUDGETS finding.',
  })
  phbPeople!: number | null;
}
