import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { PathwayStage } from '../vocabulary/PathwayStage.entity.js';
import { WorkforceRole } from './WorkforceRole.entity.js';

/** Whole-time-equivalent staff of one role at one pathway stage in a year: in post, planned, required. */
@Entity({ tableName: 'workforce_plan_lines' })
@Unique({ properties: ['ics', 'role', 'pathwayStage', 'year'] })
@Check({
  name: 'workforce_plan_lines_wte_check',
  expression: 'wte_in_post >= 0 and wte_planned >= 0 and wte_required >= 0',
})
@Check({ name: 'workforce_plan_lines_year_check', expression: 'year >= 2000 and year <= 2100' })
@Check({ name: 'workforce_plan_lines_role_check', expression: "role ~ '^[A-Z][A-Z0-9_]*$'" })
export class WorkforcePlanLine {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code' })
  ics!: Rel<IntegratedCareSystem>;

  /** The role (its code, e.g. LEARNING_DISABILITY_NURSE, is the column `role`). */
  @ManyToOne(() => WorkforceRole, { fieldName: 'role' })
  role!: Rel<WorkforceRole>;

  @ManyToOne(() => PathwayStage, { fieldName: 'pathway_stage_code' })
  pathwayStage!: Rel<PathwayStage>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'decimal', precision: 10, scale: 2 })
  wteInPost!: string;

  @Property({ type: 'decimal', precision: 10, scale: 2 })
  wtePlanned!: string;

  @Property({ type: 'decimal', precision: 10, scale: 2 })
  wteRequired!: string;
}
