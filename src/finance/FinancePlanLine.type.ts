import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { YearRangeFilter } from '../graphql/filters.js';
import { DecimalScalar } from '../graphql/scalars/Decimal.js';
import { ExpenditureType, FundingSource } from './FinancePlanLine.entity.js';

registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Where a line of the joint finance plan comes from.',
  valuesConfig: {
    ICB_BASELINE: { description: "The ICB's baseline allocation." },
    LOCAL_AUTHORITY: { description: 'Local authority funding (social care, housing).' },
    BETTER_CARE_FUND: { description: 'The Better Care Fund (BCF), a pooled budget.' },
    SERVICE_DEVELOPMENT_FUNDING: { description: 'National service development funding (SDF).' },
    DOWRY: { description: 'A dowry: funding that follows a person discharged after 5 or more years in hospital, for their care in the community.' },
    CAPITAL: { description: 'Capital funding, e.g. for housing schemes; its lines are always CAPITAL expenditure.' },
  },
});

registerEnumType(ExpenditureType, {
  name: 'ExpenditureType',
  description: 'Whether a finance plan line pays running costs or one-off investment. FINANCE findings count revenue only.',
  valuesConfig: {
    REVENUE: { description: 'Running costs of care and support each year: counted as FINANCE provision.' },
    CAPITAL: { description: 'One-off investment in assets such as housing: listed in FINANCE explanations, never counted as provision.' },
  },
});

@ObjectType('FinancePlanLine', {
  description:
    'Joint finance plan: funding from one source for one pathway stage and cohort in a financial year, in GBP.',
})
export class FinancePlanLineType {
  @Field(() => Int, { description: 'The record\'s version, incremented by every change: pass it as expectedVersion to change or delete the record.' })
  version!: number;

  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => FundingSource, { description: 'Where the money comes from.' })
  fundingSource!: FundingSource;

  @Field(() => String, { description: 'Pathway stage code.' })
  pathwayStage!: string;

  @Field(() => String, { description: 'Life-stage cohort code.' })
  cohort!: string;

  @Field(() => Int, { description: 'Financial year by its starting calendar year (2025 means 2025/26).' })
  year!: number;

  @Field(() => DecimalScalar, { description: 'Amount in GBP, exact to the penny, e.g. "17121487.59".' })
  amountGbp!: string;

  @Field(() => Boolean, { description: 'True when the money sits in a pooled budget (section 75 or BCF).' })
  pooled!: boolean;

  @Field(() => ExpenditureType, {
    description: 'REVENUE (running costs, counted in FINANCE findings) or CAPITAL (one-off investment, listed apart). A blank type in the file is REVENUE, except on a CAPITAL source line.',
  })
  expenditureType!: ExpenditureType;
}

@InputType({ description: 'Narrows finance plan lines; every field is optional.' })
export class FinancePlanFilter extends YearRangeFilter {
  @Field(() => String, { nullable: true, description: 'Life-stage cohort code.' })
  cohort?: string | null;

  @Field(() => String, { nullable: true, description: 'Pathway stage code.' })
  pathwayStage?: string | null;

  @Field(() => FundingSource, { nullable: true, description: 'Only lines from this source.' })
  fundingSource?: FundingSource | null;

  @Field(() => Boolean, { nullable: true, description: 'Only pooled (true) or only non-pooled (false) lines.' })
  pooled?: boolean | null;

  @Field(() => ExpenditureType, { nullable: true, description: 'Only revenue or only capital lines.' })
  expenditureType?: ExpenditureType | null;
}
