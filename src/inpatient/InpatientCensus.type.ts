import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate, GraphQLNonNegativeInt } from 'graphql-scalars';
import { Commissioner } from '../service/CommissionedService.entity.js';
import '../service/CommissionedService.type.js';
import { CensusStatus } from './InpatientCensus.entity.js';

registerEnumType(CensusStatus, {
  name: 'CensusStatus',
  description: 'Whether a census return may still be revised.',
  valuesConfig: {
    PROVISIONAL: { description: 'Provisional: the next return may revise it.' },
    FINAL: { description: 'Final.' },
  },
});

@ObjectType('InpatientCensus', {
  description:
    "One census return: an ICS's own residents with a learning disability and/or autistic people in hospital, wherever " +
    'they are, of one population group and commissioner at a period end (stocks at the period end, flows over the period ' +
    'ending then). The INPATIENTS gap domain sums, over commissioners, each one\'s inpatients at its last period end in a year.',
})
export class InpatientCensusType {
  @Field(() => String, { description: "The ICS's ODS code (the people's home ICS)." })
  icsCode!: string;

  @Field(() => String, { description: 'UNDER_18 or AGE_18_PLUS.' })
  populationGroup!: string;

  @Field(() => Commissioner, { description: 'Who commissions the placements counted.' })
  commissioner!: Commissioner;

  @Field(() => GraphQLLocalDate, { description: 'The census date: last day of the period.' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Financial year the period end falls in (2025 means 2025/26).' })
  year!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'People in hospital at the period end.' })
  inpatients!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Of them, people whose total length of stay is 5 years or more.' })
  totalLos5YearsPlus!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Of them, people in a hospital outside their home ICB.' })
  outsideHomeIcb!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Admissions in the period.' })
  admissions!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Transfers between hospitals in the period.' })
  transfers!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Discharges in the period (transfers excluded).' })
  discharges!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Care (Education) and Treatment Reviews due in the period.' })
  cetrDue!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Of those, C(E)TRs held on time.' })
  cetrOnTime!: number;

  @Field(() => CensusStatus, { nullable: true, description: 'PROVISIONAL or FINAL; null when the return does not say.' })
  status!: CensusStatus | null;
}

@InputType({ description: 'Narrows census returns; every field is optional.' })
export class InpatientCensusFilter {
  @Field(() => String, { nullable: true, description: 'UNDER_18 or AGE_18_PLUS.' })
  populationGroup?: string | null;

  @Field(() => Commissioner, { nullable: true, description: 'Only returns of this commissioner.' })
  commissioner?: Commissioner | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only period ends on or after this date.' })
  fromPeriod?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only period ends on or before this date.' })
  toPeriod?: string | null;
}
