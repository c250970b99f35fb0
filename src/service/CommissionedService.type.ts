import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate, GraphQLNonNegativeInt } from 'graphql-scalars';
import { YearRangeFilter } from '../graphql/filters.js';
import { Commissioner } from './CommissionedService.entity.js';

registerEnumType(Commissioner, {
  name: 'Commissioner',
  description: 'Who commissions a service or an inpatient placement (one vocabulary for services.csv and inpatient_census.csv).',
  valuesConfig: {
    ICB: { description: 'The Integrated Care Board.' },
    LOCAL_AUTHORITY: { description: 'A local authority.' },
    JOINT: { description: 'ICB and local authority jointly, e.g. from a section 75 pooled budget.' },
    NHS_ENGLAND_SPECIALISED: { description: 'NHS England specialised commissioning (e.g. secure and CAMHS inpatient beds).' },
    PROVIDER_COLLABORATIVE: { description: 'A provider collaborative holding the budget for specialised services.' },
  },
});

/** Whether a service covers one place or the whole ICS (stored as a null local authority). */
export enum Catchment {
  PLACE = 'PLACE',
  WHOLE_ICS = 'WHOLE_ICS',
}

registerEnumType(Catchment, {
  name: 'Catchment',
  description: 'The area a service covers.',
  valuesConfig: {
    PLACE: { description: "One local authority's place in the ICS (see laCode)." },
    WHOLE_ICS: {
      description: 'The whole ICS; in gap findings its capacity is shared among places in proportion to need.',
    },
  },
});

@ObjectType('CommissionedService', {
  description:
    'A commissioned service: who commissions it, who provides it, the pathway stage, cohorts and need categories it serves, its capacity in people and the dates it runs.',
})
export class CommissionedServiceType {
  @Field(() => String, { description: 'Service code, unique across England, e.g. QWU-SVC-001.' })
  serviceCode!: string;

  @Field(() => String, { description: 'Service name as commissioned.' })
  name!: string;

  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => String, {
    nullable: true,
    description: "The place's local authority ONS code; null when the catchment is the whole ICS.",
  })
  laCode!: string | null;

  @Field(() => Catchment, { description: 'One place, or the whole ICS.' })
  catchment!: Catchment;

  @Field(() => Commissioner, { description: 'Who commissions it: the ICB, a local authority, or both jointly.' })
  commissioner!: Commissioner;

  @Field(() => String, { description: 'The organisation that runs the service.' })
  provider!: string;

  @Field(() => String, { description: 'Pathway stage code.' })
  pathwayStage!: string;

  @Field(() => [String], { description: 'Codes of the cohorts served, youngest first.' })
  cohorts!: string[];

  @Field(() => [String], { description: 'Codes of the need categories served.' })
  needCategories!: string[];

  @Field(() => GraphQLNonNegativeInt, { description: 'People the service can support at once.' })
  capacityPeople!: number;

  @Field(() => GraphQLLocalDate, { description: 'First day the service runs.' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day the service runs; null when open-ended.' })
  endDate!: string | null;
}

@InputType({
  description:
    'Narrows commissioned services; every field is optional. Years select services active (dates overlapping) in any financial year of the range.',
})
export class ServiceFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: 'Only services serving this cohort code.' })
  cohort?: string | null;

  @Field(() => String, { nullable: true, description: 'Only services serving this need category code.' })
  needCategory?: string | null;

  @Field(() => String, { nullable: true, description: 'Pathway stage code.' })
  pathwayStage?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only services whose catchment is this local authority's place (ONS code).",
  })
  laCode?: string | null;

  @Field(() => Commissioner, { nullable: true, description: 'Only services with this commissioner.' })
  commissioner?: Commissioner | null;
}
