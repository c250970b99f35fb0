import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { Cohort } from '../vocabulary/Cohort.entity.js';
import { PathwayStage } from '../vocabulary/PathwayStage.entity.js';

export enum FundingSource {
  ICB_BASELINE = 'ICB_BASELINE',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  BETTER_CARE_FUND = 'BETTER_CARE_FUND',
  SERVICE_DEVELOPMENT_FUNDING = 'SERVICE_DEVELOPMENT_FUNDING',
  DOWRY = 'DOWRY',
  CAPITAL = 'CAPITAL',
}

/** Running costs (REVENUE) or investment in assets such as housing (CAPITAL); only revenue pays for care each year. */
export enum ExpenditureType {
  REVENUE = 'REVENUE',
  CAPITAL = 'CAPITAL',
}

/** A funding line of the joint finance plan, in GBP (exact decimal), pooled under section 75 or not. */
@Entity({ tableName: 'finance_plan_lines' })
@Unique({
  name: 'finance_plan_lines_natural_key_unique',
  properties: ['ics', 'fundingSource', 'pathwayStage', 'cohort', 'year', 'expenditureType'],
})
@Check({ name: 'finance_plan_lines_amount_check', expression: 'amount_gbp >= 0' })
@Check({
  name: 'finance_plan_lines_expenditure_type_check',
  expression: "expenditure_type in ('REVENUE', 'CAPITAL') and (funding_source <> 'CAPITAL' or expenditure_type = 'CAPITAL')",
})
@Check({ name: 'finance_plan_lines_year_check', expression: 'year >= 2000 and year <= 2100' })
export class FinancePlanLine {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code' })
  ics!: Rel<IntegratedCareSystem>;

  @Enum({ items: () => FundingSource })
  fundingSource!: FundingSource;

  @ManyToOne(() => PathwayStage, { fieldName: 'pathway_stage_code' })
  pathwayStage!: Rel<PathwayStage>;

  @ManyToOne(() => Cohort, { fieldName: 'cohort_code' })
  cohort!: Rel<Cohort>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'decimal', precision: 16, scale: 2 })
  amountGbp!: string;

  @Property({ type: 'boolean' })
  pooled!: boolean;

  /** CAPITAL source lines are CAPITAL; other sources may fund either. */
  @Enum({ items: () => ExpenditureType })
  expenditureType!: ExpenditureType;
}
