import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Region } from './Region.entity.js';

/**
 * An Integrated Care System, identified by its ICB's ODS code (3 or 5 characters: QWU, S1Y5D) and ONS code
 * (E54…). Valid from `validFrom` to `validTo`, both inclusive; none means since always / still valid.
 */
@Entity({ tableName: 'integrated_care_systems' })
@Check({
  name: 'integrated_care_systems_validity_check',
  expression: 'valid_to is null or valid_from is null or valid_to >= valid_from',
})
export class IntegratedCareSystem {
  @PrimaryKey({ type: 'string', length: 5 })
  odsCode!: string;

  @Property({ type: 'string', length: 9, unique: true })
  onsCode!: string;

  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => Region, { fieldName: 'region_ods_code', index: true })
  region!: Rel<Region>;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  validTo?: string | null;
}
