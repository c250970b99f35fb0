import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate, GraphQLNonNegativeInt } from 'graphql-scalars';
import { Basis } from '../gap/Basis.js';
import { YearRangeFilter } from '../graphql/filters.js';
import { Commissioner } from './CommissionedService.entity.js';

registerEnumType(Commissioner, {
  name: 'Commissioner',
  description: 'Who commissions a service or an inpatient placement (one vocabulary for services.csv and inpatient_census.csv).',
  valuesConfig: {
    ICB: { description: 'The Integrated Care Board.' },
    LOCAL_AUTHORITY: { description: 'A local authority.' },
    JOINT: { description: 'ICB and local authority jointly, e.g. from a section 75 pooled budget.' },
    NHS_ENGLAND_SPECIALISED: { description: 'NHS England specialised commissioning (e.g. some secure and specialist inpatient care).' },
    PROVIDER_COLLABORATIVE: { description: 'A provider collaborative holding delegated budgets (e.g. for mental health, learning disability and autism inpatient care).' },
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
  @Field(() => Int, { description: 'The record\'s version, incremented by every change: pass it as expectedVersion to change or delete the record.' })
  version!: number;

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

  @Field(() => String, { nullable: true, description: 'Service type code (see serviceTypes); null when the dataset gives none.' })
  serviceType!: string | null;

  @Field(() => GraphQLNonNegativeInt, {
    description: 'Capacity: people the service can support at once (CASELOAD) or assessments, checks a year (PER_YEAR).',
  })
  capacityPeople!: number;

  @Field(() => Basis, {
    description:
      "CASELOAD or PER_YEAR: the basis stated in the dataset, else the service type's default basis, else CASELOAD. Gap " +
      'findings compare its capacity only with need of the same basis. A CASELOAD capacity counts in a financial year ' +
      'when the service runs on 31 March at its end; a PER_YEAR capacity counts pro rata to the days it runs in the year.',
  })
  capacityBasis!: Basis;

  @Field(() => Int, {
    nullable: true,
    description:
      "Youngest age served; null for no lower limit. With age limits, the service serves in a cohort only the years of the cohort's " +
      'band inside its ages (OLDER_ADULTS counted as 65–89), and its capacity is shared in proportion to that servable need.',
  })
  minAge!: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age served; null for no upper limit.' })
  maxAge!: number | null;

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
