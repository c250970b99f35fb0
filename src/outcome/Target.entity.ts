import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { PopulationGroup } from '../vocabulary/PopulationGroup.entity.js';
import { Metric } from './Metric.entity.js';

/** What a target value counts: people (a headcount), people per million of the group's population, or a percentage. */
export enum TargetUnit {
  COUNT = 'COUNT',
  PER_MILLION = 'PER_MILLION',
  PERCENT = 'PERCENT',
}

/**
 * A target value for a metric and population group, in its own unit, due by a date: national (null ICS, scope
 * "England") or local to one ICS.
 */
@Entity({ tableName: 'targets' })
@Index({
  name: 'targets_natural_key',
  expression: 'create unique index "targets_natural_key" on "targets" ("metric_code", "ics_code", "population_group_code", "due") nulls not distinct',
})
export class Target {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Metric, { fieldName: 'metric_code' })
  metric!: Rel<Metric>;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code', nullable: true, deleteRule: 'no action' })
  ics?: Rel<IntegratedCareSystem> | null;

  @ManyToOne(() => PopulationGroup, { fieldName: 'population_group_code' })
  populationGroup!: Rel<PopulationGroup>;

  @Property({ type: 'decimal', precision: 14, scale: 4 })
  targetValue!: string;

  @Enum({ items: () => TargetUnit })
  unit!: TargetUnit;

  @Property({ type: 'string', columnType: 'date' })
  due!: string;

  @Property({ type: 'text' })
  source!: string;
}
