import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { InpatientCensusType } from '../inpatient/InpatientCensus.type.js';
import { AppliedTarget } from '../outcome/MetricStatus.type.js';
import { WorkforceProvision } from '../workforce/WorkforceProvision.js';
import { GapInpatientBed } from './InpatientsExplanation.type.js';
import { GapPersonalBudgetsExplanation } from './PersonalBudgetsExplanation.type.js';
import { GapAssessmentPlace } from './AssessmentExplanation.type.js';
import { GapKeyworkerService } from './KeyworkersExplanation.type.js';
import { DynamicSupportRegisterRowType } from '../dsr/DynamicSupportRegisterRow.type.js';

@ObjectType('GapPlaceContribution', { description: "One place's part of a finding: its need and provision." })
export class GapPlaceContribution {
  @Field(() => String)
  laCode!: string;

  @Field(() => Float, { description: "Share of the authority's population in the ICS." })
  populationShare!: number;

  @Field(() => Float, {
    description:
      'JSNA people of the whole local authority (before the place share). Where the register gives the need (needSource ' +
      'DSR or DSR_CARRIED_FORWARD), the JSNA figure it replaced (0 when none).',
  })
  jsnaPeople!: number;

  @Field(() => Float, { description: 'jsnaPeople × populationShare; where the register gives it, dsrRed + dsrAmber.' })
  need!: number;

  @Field(() => Float)
  provision!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "SERVICES: where this place's need was read from: JSNA, DSR (the register's census in the year) or DSR_CARRIED_FORWARD " +
      '(its latest census before the year).',
  })
  needSource?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'SERVICES, need from the register: the period end of the census read.' })
  dsrPeriodEnd?: string | null;

  @Field(() => Int, { nullable: true, description: 'SERVICES, need from the register: people rated RED at that census (0 without a line).' })
  dsrRed?: number | null;

  @Field(() => Int, { nullable: true, description: 'SERVICES, need from the register: people rated AMBER at that census (0 without a line).' })
  dsrAmber?: number | null;
}

@ObjectType('GapServiceContribution', { description: "A commissioned service's capacity counted in a finding." })
export class GapServiceContribution {
  @Field(() => String)
  serviceCode!: string;

  @Field(() => String, { nullable: true, description: "The place it serves; null when its catchment is the whole ICS." })
  catchmentLaCode!: string | null;

  @Field(() => String, { description: 'CASELOAD or PER_YEAR: the basis its capacity is counted on (the finding\'s basis).' })
  capacityBasis!: string;

  @Field(() => Float, { description: 'The capacity the dataset gives the service (people at once, or a number a year).' })
  capacityPeople!: number;

  @Field(() => Float, {
    description:
      'Fraction of capacityPeople counting in the year: 1 for a CASELOAD service running on 31 March ending the year; for ' +
      'PER_YEAR, its days running in the financial year ÷ the year\'s days (365 or 366).',
  })
  countedShare!: number;

  @Field(() => Float, {
    description:
      "Fraction of the finding's cohort band inside the service's ages (years of the band it serves ÷ years of the band; " +
      'OLDER_ADULTS counted as 65–89): the part of the need there it can serve. 1 without age limits.',
  })
  servedAgeShare!: number;

  @Field(() => String, {
    description:
      'The ICS the dataset names for it: the finding\'s ICS, or (re-based) an ICS not valid on the boundary date whose records ' +
      'count to its successors.',
  })
  namedIcsCode!: string;

  @Field(() => Float, {
    description:
      'Fraction of it counted in the finding\'s ICS on the boundary date: 1 for its own ICS; for an abolished ICS\'s record, ' +
      'its successor\'s share (of the population moving, for an ICS-wide record; of the place, for a place\'s).',
  })
  boundaryShare!: number;

  @Field(() => Float, { description: 'Capacity of the whole service counted in the year (and ICS): capacityPeople × countedShare × boundaryShare.' })
  capacity!: number;

  @Field(() => Float, {
    description:
      'Need the service can serve in all the places, cohorts and categories it serves at its stage and basis in the year (each ' +
      "cohort's need × servedAgeShare): what its capacity is apportioned over.",
  })
  catchmentNeed!: number;

  @Field(() => String, { description: 'How its capacity was shared: NEED (in proportion to servable need) or EQUAL_SPLIT (catchment need is 0).' })
  basis!: string;

  @Field(() => Float, { nullable: true, description: 'Fraction of the counted capacity in this finding.' })
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
  @Field(() => String, { description: 'Role code, e.g. LEARNING_DISABILITY_NURSE.' })
  role!: string;

  @Field(() => String, { description: 'Role name as plans write it, e.g. Learning disability nurse.' })
  roleName!: string;

  @Field(() => Float, { description: 'WTE in post (× boundaryShare): the provision of a year ended or under way.' })
  wteInPost!: number;

  @Field(() => Float, { description: 'WTE planned (× boundaryShare): the provision of a year still to come.' })
  wtePlanned!: number;

  @Field(() => Float, { description: 'WTE required (× boundaryShare): the need.' })
  wteRequired!: number;

  @Field(() => String, {
    description:
      'The ICS the dataset names for it: the finding\'s ICS, or (re-based) an ICS not valid on the boundary date whose records ' +
      'count to its successors.',
  })
  namedIcsCode!: string;

  @Field(() => Float, {
    description:
      'Fraction of it counted in the finding\'s ICS on the boundary date: 1 for its own ICS; for an abolished ICS\'s record, ' +
      'its successor\'s share (of the population moving, an ICS-wide record).',
  })
  boundaryShare!: number;
}

@ObjectType('GapFinanceLine', { description: 'A joint finance plan funding line of a FINANCE finding (revenue counted, or capital listed apart).' })
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

  @Field(() => [GapServiceContribution], {
    nullable: true,
    description: 'SERVICES and DIAGNOSTIC_ASSESSMENT: the services counted and their apportioned share.',
  })
  services?: GapServiceContribution[] | null;

  @Field(() => [GapHousingLine], { nullable: true, description: 'HOUSING: housing-plan lines counted.' })
  housingLines?: GapHousingLine[] | null;

  @Field(() => [GapWorkforceLine], { nullable: true, description: 'WORKFORCE: the workforce-plan line.' })
  workforceLines?: GapWorkforceLine[] | null;

  @Field(() => WorkforceProvision, {
    nullable: true,
    description: 'WORKFORCE: which WTE counted as provision: IN_POST for a year ended or under way on asOfDate, PLANNED for a later year.',
  })
  workforceProvision?: WorkforceProvision | null;

  @Field(() => String, {
    nullable: true,
    description: 'WORKFORCE: the date the figures were read on (YYYY-MM-DD): AS_OF_DATE when the server sets it, else today.',
  })
  asOfDate?: string | null;

  @Field(() => [GapFinanceLine], { nullable: true, description: 'FINANCE: revenue funding lines, counted as provision.' })
  financeLines?: GapFinanceLine[] | null;

  @Field(() => [GapFinanceLine], {
    nullable: true,
    description: 'FINANCE: capital funding lines for the same stage, cohort and year: one-off investment (e.g. housing), never counted as provision.',
  })
  capitalLines?: GapFinanceLine[] | null;

  @Field(() => Float, { nullable: true, description: 'FINANCE: the capital lines summed, in GBP; not part of provision.' })
  capitalTotalGbp?: number | null;

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

  @Field(() => GapPersonalBudgetsExplanation, {
    nullable: true,
    description: 'PERSONAL_BUDGETS: people and spend by mechanism, the direct-payment share, PHBs apart and integrated budgets.',
  })
  personalBudgets?: GapPersonalBudgetsExplanation | null;
  @Field(() => Float, {
    nullable: true,
    description: 'DIAGNOSTIC_ASSESSMENT: the years over which the list above the 13-week standard is to be cleared (ASSESSMENT_CLEARANCE_YEARS).',
  })
  clearanceYears?: number | null;

  @Field(() => [GapAssessmentPlace], {
    nullable: true,
    description: 'DIAGNOSTIC_ASSESSMENT: each place with returns in the year, its figures × share, need, capacity and outputs.',
  })
  assessmentPlaces?: GapAssessmentPlace[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "DIAGNOSTIC_ASSESSMENT (ICS findings): the ICS's places (local authority codes) with no return for the category, cohort " +
      'and year, left out of the sums: no data is not zero.',
  })
  placesWithoutReturns?: string[] | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "KEYWORKERS: the register's period end read (at ICS level, the latest of its places'; each line gives its own).",
  })
  dsrPeriodEnd?: string | null;

  @Field(() => [DynamicSupportRegisterRowType], {
    nullable: true,
    description: "KEYWORKERS: the register lines summed — each place's lines of the cohort at its last period end in the year with keyworkers returned.",
  })
  dsrLines?: DynamicSupportRegisterRowType[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "KEYWORKERS, ICS level: the ICS's places (ONS codes) with no register lines giving keyworkers in the year: not counted, since no data is not zero.",
  })
  placesWithoutRegister?: string[] | null;

  @Field(() => [GapKeyworkerService], { nullable: true, description: 'KEYWORKERS: the KEYWORKER services counted in keyworkerCaseload.' })
  keyworkerServices?: GapKeyworkerService[] | null;

  @Field(() => Float, { nullable: true, description: 'KEYWORKERS: the caseload of those services summed (people at one time), for reference.' })
  keyworkerCaseload?: number | null;
}
