import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { PopulationGroup } from '../vocabulary/PopulationGroup.entity.js';

export enum TargetDirection {
  AT_MOST = 'AT_MOST',
  AT_LEAST = 'AT_LEAST',
}

/**
 * An outcome metric. When `unit` is a rate "per million …", recorded values are counts of people and
 * the rate is computed from the population group's population.
 */
@Entity({ tableName: 'metrics' })
export class Metric {
  @PrimaryKey({ type: 'string', length: 80 })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  unit!: string;

  @Enum({ items: () => TargetDirection })
  direction!: TargetDirection;

  @ManyToOne(() => PopulationGroup, { fieldName: 'population_group_code' })
  populationGroup!: Rel<PopulationGroup>;
}
