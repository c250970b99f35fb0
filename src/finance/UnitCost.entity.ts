import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Cohort } from '../vocabulary/Cohort.entity.js';
import { PathwayStage } from '../vocabulary/PathwayStage.entity.js';

/** Annual cost of supporting one person at a pathway stage, for a cohort and year (GBP). */
@Entity({ tableName: 'unit_costs' })
@Unique({ properties: ['pathwayStage', 'cohort', 'year'] })
@Check({ name: 'unit_costs_amount_check', expression: 'annual_cost_per_person_gbp >= 0' })
@Check({ name: 'unit_costs_year_check', expression: 'year >= 2000 and year <= 2100' })
export class UnitCost {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => PathwayStage, { fieldName: 'pathway_stage_code' })
  pathwayStage!: Rel<PathwayStage>;

  @ManyToOne(() => Cohort, { fieldName: 'cohort_code' })
  cohort!: Rel<Cohort>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  annualCostPerPersonGbp!: string;
}
