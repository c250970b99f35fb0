import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { Metric } from './Metric.entity.js';

/** A recorded value of a metric for an ICS at the end of a period. */
@Entity({ tableName: 'metric_values' })
@Unique({ properties: ['ics', 'metric', 'periodEnd'] })
export class MetricValue {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code' })
  ics!: Rel<IntegratedCareSystem>;

  @ManyToOne(() => Metric, { fieldName: 'metric_code', index: true })
  metric!: Rel<Metric>;

  @Property({ type: 'string', columnType: 'date' })
  periodEnd!: string;

  @Property({ type: 'decimal', precision: 14, scale: 4 })
  value!: string;
}
