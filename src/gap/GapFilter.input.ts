import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { YearRangeFilter } from '../graphql/filters.js';
import { GapDomain } from './domains/index.js';
import { GapLevel } from './GapLevel.js';
import { GapSeverity } from './severity.js';
import { Basis } from './Basis.js';

@InputType({
  description:
    'Which gap findings to return; every field is optional. A filter on a dimension a domain does not have ' +
    '(e.g. needCategory for HOUSING) leaves that domain out. Codes are checked: an unknown code is an error naming the field.',
})
export class GapFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: "The ICS's ODS (QWU) or ONS (E54…) code; all of England when absent." })
  icsCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A local authority's ONS code: its places' findings (level defaults to PLACE when laCode is given), or with level ICS the " +
      'findings of the ICSs it belongs to.',
  })
  laCode?: string | null;

  @Field(() => GapLevel, { nullable: true, description: 'ICS (default) or PLACE. WORKFORCE and FINANCE exist at ICS level only.' })
  level?: GapLevel | null;

  @Field(() => GapDomain, { nullable: true, description: 'One domain; all domains of the level when absent.' })
  domain?: GapDomain | null;

  @Field(() => String, { nullable: true, description: 'Life-stage cohort code, e.g. CHILDREN_14_17.' })
  cohort?: string | null;

  @Field(() => String, { nullable: true, description: 'Need category code, e.g. AUTISM.' })
  needCategory?: string | null;

  @Field(() => String, { nullable: true, description: 'Pathway stage code, e.g. CRISIS_AND_INTENSIVE_SUPPORT.' })
  pathwayStage?: string | null;

  @Field(() => Basis, {
    nullable: true,
    description: 'CASELOAD (people supported at one time) or PER_YEAR (assessments, checks a year); domains without a basis are left out.',
  })
  basis?: Basis | null;

  @Field(() => String, {
    nullable: true,
    description: 'Population group of INPATIENTS findings: UNDER_18 or AGE_18_PLUS; domains without one are left out.',
  })
  populationGroup?: string | null;

  @Field(() => GapSeverity, {
    nullable: true,
    description: 'Only findings at least this severe (uncosted FINANCE findings, whose severity is null, are left out).',
  })
  minSeverity?: GapSeverity | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'Re-basing: every year counted on the ICSs and places valid on this day (e.g. today, to compare 2024 with 2027 on one ' +
      "map): an authority's need follows its places then, an abolished ICS's records count to its successors (an ICS-wide " +
      'record shared by the population moving to each). Absent: each financial year on the boundaries of its 1 April.',
  })
  boundariesAsAt?: string | null;
}
