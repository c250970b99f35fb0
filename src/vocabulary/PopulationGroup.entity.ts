import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An age range that a target is set for (adults 18+, under-18s, people aged 14+, all ages).
 * Unlike cohorts these overlap; their populations are derived from cohort populations by age.
 */
@Entity({ tableName: 'population_groups' })
@Check({ name: 'population_groups_ages_check', expression: 'min_age >= 0 and (max_age is null or max_age >= min_age)' })
export class PopulationGroup {
  @PrimaryKey({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'string' })
  label!: string;

  @Property({ type: 'integer' })
  minAge!: number;

  @Property({ type: 'integer', nullable: true })
  maxAge?: number | null;
}
