import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from './IntegratedCareSystem.entity.js';
import { LocalAuthority } from './LocalAuthority.entity.js';

/**
 * The part of a local authority that lies in an ICS over a period. Need recorded for the authority counts
 * towards the ICS multiplied by `populationShare`. Valid from `validFrom` to `validTo`, both inclusive;
 * a null `validFrom` means since always (one such row per ICS and authority: the key treats nulls as equal).
 */
@Entity({ tableName: 'places' })
@Index({
  name: 'places_natural_key',
  expression: 'create unique index "places_natural_key" on "places" ("ics_code", "la_code", "valid_from") nulls not distinct',
})
@Check({ name: 'places_population_share_check', expression: 'population_share > 0 and population_share <= 1' })
@Check({ name: 'places_validity_check', expression: 'valid_to is null or valid_from is null or valid_to >= valid_from' })
export class Place {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code' })
  ics!: Rel<IntegratedCareSystem>;

  @ManyToOne(() => LocalAuthority, { fieldName: 'la_code', index: true })
  localAuthority!: Rel<LocalAuthority>;

  @Property({ type: 'decimal', precision: 7, scale: 6 })
  populationShare!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  validTo?: string | null;
}
