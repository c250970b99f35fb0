import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { GapDomain } from './domains/index.js';
import { GapLevel } from './GapLevel.js';
import { GapUnit } from './GapUnit.js';
import { Basis } from './Basis.js';
import { GapSeverity } from './severity.js';
import { GapExplanation } from './GapExplanation.type.js';

export { GapExplanation };

@ObjectType('GapFinding', {
  description:
    'Need against provision for one scope (ICS or place) × cohort × need category × pathway stage × year in one domain. ' +
    'Dimensions a domain does not have are null: HOUSING sums need over categories (its stage is HOUSING_AND_ACCOMMODATION), ' +
    'WORKFORCE has role but no cohort or category, FINANCE sums over categories.',
})
export class GapFinding {
  @Field(() => GapDomain)
  domain!: GapDomain;

  @Field(() => GapLevel)
  level!: GapLevel;

  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => String, { nullable: true, description: "The place's local authority (ONS code); null at ICS level." })
  laCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Life-stage cohort; null for WORKFORCE.' })
  cohort!: string | null;

  @Field(() => String, { nullable: true, description: 'Need category; null for HOUSING, WORKFORCE and FINANCE (summed over categories).' })
  needCategory!: string | null;

  @Field(() => String, { nullable: true, description: 'Pathway stage; HOUSING_AND_ACCOMMODATION for HOUSING.' })
  pathwayStage!: string | null;

  @Field(() => String, { nullable: true, description: 'WORKFORCE: the role, e.g. LEARNING_DISABILITY_NURSE.' })
  role!: string | null;

  @Field(() => Int, { description: 'Financial year by its starting calendar year (2025 means 2025/26).' })
  year!: number;

  @Field(() => String, { description: 'Financial year label, e.g. 2025/26.' })
  yearLabel!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Assessed requirement in `unit`. Null only for FINANCE when people need support but no unit cost prices them.',
  })
  need!: number | null;

  @Field(() => Float, { description: 'What is commissioned or planned in `unit`, active in the year.' })
  provision!: number;

  @Field(() => Float, { nullable: true, description: 'need − provision; positive is a shortfall. Null when need is null.' })
  gap!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'provision ÷ need, computed in exact decimals and rounded to 10 places; null when need is 0 or null.',
  })
  coverage!: number | null;

  @Field(() => GapSeverity, {
    nullable: true,
    description: 'Graded from coverage (see GapSeverity). Null only when need is null (FINANCE without a unit cost).',
  })
  severity!: GapSeverity | null;

  @Field(() => GapUnit)
  unit!: GapUnit;

  @Field(() => Basis, {
    nullable: true,
    description: 'SERVICES and DIAGNOSTIC_ASSESSMENT: CASELOAD or PER_YEAR; a finding compares figures of one basis only.',
  })
  basis!: Basis | null;

  @Field(() => String, { nullable: true, description: 'INPATIENTS: the population group (UNDER_18, AGE_18_PLUS) the target is set for.' })
  populationGroup!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where need was read from: JSNA, or (at the crisis stage) DSR or DSR_CARRIED_FORWARD where a place has a register.',
  })
  needSource!: string | null;

  @Field(() => String, { nullable: true, description: "WORKFORCE: the role's name as plans write it, e.g. Learning disability nurse." })
  roleName!: string | null;

  @Field(() => Float, { nullable: true, description: "INPATIENTS: the applicable target per million of the group's population." })
  targetRatePerMillion!: number | null;

  @Field(() => Float, { nullable: true, description: "INPATIENTS: inpatients per million of the group's population." })
  actualRatePerMillion!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'DIAGNOSTIC_ASSESSMENT: the waiting list expected at the year end, max(0, waiting at the start + net referrals − capacity).',
  })
  projectedWaitingList!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "DIAGNOSTIC_ASSESSMENT: months until the waiting list is within NICE's 13-week standard (13 weeks of net referrals): 0 when " +
      'it already is; else 12 × (waiting at the start − net referrals × 13 ÷ 52) ÷ (capacity − net referrals); null when ' +
      'capacity does not exceed net referrals (the list never gets there).',
  })
  monthsToStandard!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'DIAGNOSTIC_ASSESSMENT: weeks the waiting list at the last period end in the year would take to assess at the capacity, ' +
      'waiting ÷ (capacity ÷ 52); null when there is no capacity.',
  })
  impliedWaitWeeks!: number | null;

  @Field(() => GapExplanation)
  explanation!: GapExplanation;
}

export const GapFindingConnection = Connection(GapFinding, 'GapFinding');
