import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from './IntegratedCareSystem.entity.js';
import { LocalAuthority } from './LocalAuthority.entity.js';

/**
 * The part of a local authority that lies in an ICS. Need recorded for the authority counts
 * towards the ICS multiplied by `populationShare`.
 */
@Entity({ tableName: 'places' })
@Unique({ properties: ['ics', 'localAuthority'] })
@Check({ name: 'places_population_share_check', expression: 'population_share > 0 and population_share <= 1' })
export class Place {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code' })
  ics!: Rel<IntegratedCareSystem>;

  @ManyToOne(() => LocalAuthority, { fieldName: 'la_code', index: true })
  localAuthority!: Rel<LocalAuthority>;

  @Property({ type: 'decimal', precision: 7, scale: 6 })
  populationShare!: string;
}
