import { Field, Float, Int, ObjectType } from 'type-graphql';
import { InpatientCensusType } from '../inpatient/InpatientCensus.type.js';
import { AppliedTarget } from '../outcome/MetricStatus.type.js';
import { GapInpatientBed } from './InpatientsExplanation.type.js';

@ObjectType('GapPlaceContribution', { description: "One place's part of a finding: its need and provision." })
export class GapPlaceContribution {
  @Field(() => String)
  laCode!: string;

  @Field(() => Float, { description: "Share of the authority's population in the ICS." })
  populationShare!: number;

  @Field(() => Float, { description: 'JSNA people of the whole local authority (before the place share).' })
  jsnaPeople!: number;

  @Field(() => Float, { description: 'jsnaPeople × populationShare.' })
  need!: number;

  @Field(() => Float)
  provision!: number;
}

@ObjectType('GapServiceContribution', { description: "A commissioned service's capacity counted in a finding." })
export class GapServiceContribution {
  @Field(() => String)
  serviceCode!: string;

  @Field(() => String, { nullable: true, description: "The place it serves; null when its catchment is the whole ICS." })
  catchmentLaCode!: string | null;

  @Field(() => Float, { description: 'Capacity (people) of the whole service.' })
  capacity!: number;

  @Field(() => Float, {
    description: 'Need in all the places, cohorts and categories the service serves at its stage in the year: what its capacity is apportioned over.',
  })
  catchmentNeed!: number;

  @Field(() => String, { description: 'NEED (in proportion to need) or EQUAL_SPLIT (catchment need is 0).' })
  basis!: string;

  @Field(() => Float, { nullable: true, description: 'Fraction of the capacity counted in this finding.' })
  apportionedShare!: number | null;

  @Field(() => Float, { description: 'People of capacity counted in this finding: capacity × apportionedShare.' })
  apportionedPeople!: number;
}

@ObjectType('GapHousingLine', { description: 'A housing-plan line counted in a HOUSING finding.' })
export class GapHousingLine {
  @Field(() => String, { nullable: true, description: 'The place of the line; null for an ICS-wide line.' })
  laCode!: string | null;

  @Field(() => String)
  accommodationType!: string;

  @Field(() => Float)
  bedSpaces!: number;

  @Field(() => Float, { description: 'Housing need in the places the line covers, in its cohort and year.' })
  catchmentNeed!: number;

  @Field(() => String, { description: 'NEED (in proportion to need) or EQUAL_SPLIT (that need is 0).' })
  basis!: string;

  @Field(() => Float, { nullable: true })
  apportionedShare!: number | null;

  @Field(() => Float)
  apportionedBedSpaces!: number;
}

@ObjectType('GapWorkforceLine', { description: 'The workforce-plan line behind a WORKFORCE finding.' })
export class GapWorkforceLine {
  @Field(() => String)
  role!: string;

  @Field(() => Float)
  wteInPost!: number;

  @Field(() => Float)
  wtePlanned!: number;

  @Field(() => Float)
  wteRequired!: number;
}

@ObjectType('GapFinanceLine', { description: 'A joint finance plan funding line counted in a FINANCE finding.' })
export class GapFinanceLine {
  @Field(() => String)
  fundingSource!: string;

  @Field(() => Float)
  amountGbp!: number;

  @Field(() => Boolean, { description: 'Pooled under a section 75 agreement (or the BCF).' })
  pooled!: boolean;
}

@ObjectType('GapExplanation', {
  description: 'How a finding was derived: the rule and the records that contributed, to check the figures by hand.',
})
export class GapExplanation {
  @Field(() => String)
  rule!: string;

  @Field(() => Float, { nullable: true, description: "PLACE findings: the share of the authority's population in the ICS." })
  placeShare?: number | null;

  @Field(() => [GapPlaceContribution], { nullable: true, description: 'SERVICES and HOUSING: need and provision per place.' })
  places?: GapPlaceContribution[] | null;

  @Field(() => [GapServiceContribution], { nullable: true, description: 'SERVICES: the services counted and their apportioned share.' })
  services?: GapServiceContribution[] | null;

  @Field(() => [GapHousingLine], { nullable: true, description: 'HOUSING: housing-plan lines counted.' })
  housingLines?: GapHousingLine[] | null;

  @Field(() => [GapWorkforceLine], { nullable: true, description: 'WORKFORCE: the workforce-plan line.' })
  workforceLines?: GapWorkforceLine[] | null;

  @Field(() => [GapFinanceLine], { nullable: true, description: 'FINANCE: funding lines counted.' })
  financeLines?: GapFinanceLine[] | null;

  @Field(() => Float, { nullable: true, description: 'FINANCE: people needing support, summed over need categories.' })
  people?: number | null;

  @Field(() => Float, { nullable: true, description: 'FINANCE: annual cost per person for the stage, cohort and year.' })
  unitCostGbp?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'FINANCE: true when people need support but no unit cost prices them.' })
  missingUnitCost?: boolean | null;

  @Field(() => AppliedTarget, { nullable: true, description: 'INPATIENTS: the target applied (value, unit, scope, due, source, carried forward).' })
  target?: AppliedTarget | null;

  @Field(() => [InpatientCensusType], {
    nullable: true,
    description: "INPATIENTS: the census rows summed — each commissioner's return at its last period end in the year.",
  })
  census?: InpatientCensusType[] | null;

  @Field(() => Float, {
    nullable: true,
    description: "INPATIENTS: the population group's population attributed to the ICS (0 when none is held).",
  })
  groupPopulation?: number | null;

  @Field(() => Int, { nullable: true, description: 'INPATIENTS: the financial year that population is for (the nearest held).' })
  groupPopulationYear?: number | null;

  @Field(() => [GapInpatientBed], {
    nullable: true,
    description: "INPATIENTS: the ICS's commissioned inpatient beds (services at SPECIALIST_INPATIENT running in the year), for reference.",
  })
  inpatientBeds?: GapInpatientBed[] | null;
}
