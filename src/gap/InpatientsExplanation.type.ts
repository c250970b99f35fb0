import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Commissioner } from '../service/CommissionedService.entity.js';
import '../service/CommissionedService.type.js';

@ObjectType('GapInpatientBed', { description: "A commissioned service at SPECIALIST_INPATIENT running in the finding's year (INPATIENTS explanation)." })
export class GapInpatientBed {
  @Field(() => String)
  serviceCode!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Commissioner)
  commissioner!: Commissioner;

  @Field(() => String)
  provider!: string;

  @Field(() => Float, { description: 'Beds (capacity in people).' })
  capacity!: number;

  @Field(() => GraphQLLocalDate)
  startDate!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endDate!: string | null;
}
