import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLNonNegativeInt } from 'graphql-scalars';
import { YearRangeFilter } from '../graphql/filters.js';
import { Catchment } from '../service/CommissionedService.type.js';
import { AccommodationType } from './HousingPlanLine.entity.js';

registerEnumType(AccommodationType, {
  name: 'AccommodationType',
  description: 'Kinds of accommodation with support counted in the housing plan.',
  valuesConfig: {
    SUPPORTED_LIVING: { description: 'Own tenancy with support on site or visiting.' },
    SHARED_LIVES: { description: 'Living with a Shared Lives carer in their home.' },
    RESIDENTIAL_CARE: { description: 'Registered care home places.' },
    SPECIALIST_HOUSING: { description: 'Bespoke housing for people with complex needs, e.g. single-person builds.' },
    FORENSIC_HOUSING: { description: 'Housing with support for people in contact with the criminal justice system.' },
  },
});

@ObjectType('HousingPlanLine', {
  description:
    'Housing plan: bed-spaces of one accommodation type for one cohort available in a financial year (existing plus planned new), for a place or the whole ICS.',
})
export class HousingPlanLineType {
  @Field(() => Int, { description: 'The record\'s version, incremented by every change: pass it as expectedVersion to change or delete the record.' })
  version!: number;

  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => String, { nullable: true, description: "The place's local authority ONS code; null for the whole ICS." })
  laCode!: string | null;

  @Field(() => Catchment, { description: 'One place, or the whole ICS.' })
  catchment!: Catchment;

  @Field(() => AccommodationType, { description: 'Kind of accommodation.' })
  accommodationType!: AccommodationType;

  @Field(() => String, { description: 'Life-stage cohort code.' })
  cohort!: string;

  @Field(() => Int, { description: 'Financial year by its starting calendar year (2025 means 2025/26).' })
  year!: number;

  @Field(() => GraphQLNonNegativeInt, { description: 'Bed-spaces available in the year.' })
  bedSpaces!: number;
}

@InputType({ description: 'Narrows housing plan lines; every field is optional.' })
export class HousingPlanFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: 'Life-stage cohort code.' })
  cohort?: string | null;

  @Field(() => String, { nullable: true, description: "Only lines for this local authority's place (ONS code)." })
  laCode?: string | null;

  @Field(() => AccommodationType, { nullable: true, description: 'Only this kind of accommodation.' })
  accommodationType?: AccommodationType | null;
}
