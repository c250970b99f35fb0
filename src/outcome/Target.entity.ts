import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { Metric } from './Metric.entity.js';

/** A target value for a metric, due by a date: national (null ICS, scope "England") or local to one ICS. */
@Entity({ tableName: 'targets' })
@Index({
  name: 'targets_natural_key',
  expression: 'create unique index "targets_natural_key" on "targets" ("metric_code", "ics_code", "due") nulls not distinct',
})
export class Target {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Metric, { fieldName: 'metric_code' })
  metric!: Rel<Metric>;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code', nullable: true, deleteRule: 'no action' })
  ics?: Rel<IntegratedCareSystem> | null;

  @Property({ type: 'decimal', precision: 14, scale: 4 })
  targetValue!: string;

  @Property({ type: 'string', columnType: 'date' })
  due!: string;

  @Property({ type: 'text' })
  source!: string;
}
