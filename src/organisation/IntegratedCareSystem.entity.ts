import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Region } from './Region.entity.js';

/** An Integrated Care System, identified by its ICB's ODS code (e.g. QWU) and ONS code (E54…). */
@Entity({ tableName: 'integrated_care_systems' })
export class IntegratedCareSystem {
  @PrimaryKey({ type: 'string', length: 3 })
  odsCode!: string;

  @Property({ type: 'string', length: 9, unique: true })
  onsCode!: string;

  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => Region, { fieldName: 'region_ods_code', index: true })
  region!: Rel<Region>;
}
