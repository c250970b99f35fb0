import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One of NHS England's seven regions. */
@Entity({ tableName: 'regions' })
export class Region {
  /** ODS code, Y56 to Y63. */
  @PrimaryKey({ type: 'string', length: 3 })
  odsCode!: string;

  /** ONS code, E40…; null when a dataset gives only the ODS code. */
  @Property({ type: 'string', length: 9, nullable: true, unique: true })
  onsCode?: string | null;

  @Property({ type: 'string' })
  name!: string;
}
