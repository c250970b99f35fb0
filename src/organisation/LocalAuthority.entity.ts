import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export enum LocalAuthorityTier {
  UNITARY = 'UNITARY',
  COUNTY = 'COUNTY',
  METROPOLITAN_DISTRICT = 'METROPOLITAN_DISTRICT',
  LONDON_BOROUGH = 'LONDON_BOROUGH',
}

/** An upper-tier council: it publishes the JSNA through its Health and Wellbeing Board. */
@Entity({ tableName: 'local_authorities' })
export class LocalAuthority {
  /** ONS code: E06 unitary, E08 metropolitan district, E09 London borough, E10 county. */
  @PrimaryKey({ type: 'string', length: 9 })
  onsCode!: string;

  @Property({ type: 'string' })
  name!: string;

  @Enum({ items: () => LocalAuthorityTier })
  tier!: LocalAuthorityTier;
}
