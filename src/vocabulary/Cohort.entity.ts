import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A life-stage cohort: a non-overlapping age band. The ages are data, so bands can be revised without code. */
@Entity({ tableName: 'cohorts' })
@Check({ name: 'cohorts_ages_check', expression: 'min_age >= 0 and (max_age is null or max_age >= min_age)' })
@Check({
  name: 'cohorts_counted_max_age_check',
  expression: 'counted_max_age >= min_age and (max_age is null or counted_max_age = max_age)',
})
export class Cohort {
  @PrimaryKey({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'string' })
  label!: string;

  @Property({ type: 'integer' })
  minAge!: number;

  /** Null for an open-ended band (65+). */
  @Property({ type: 'integer', nullable: true })
  maxAge?: number | null;

  /** The oldest single year of age counted where years are counted (age overlap, ageing): 89 for 65+. */
  @Property({ type: 'integer' })
  countedMaxAge!: number;

  /** Bands reported together, e.g. CHILDREN_14_17 and YOUNG_ADULTS_18_25 in PREPARING_FOR_ADULTHOOD. */
  @Property({ type: 'string', length: 40, nullable: true, fieldName: 'cohort_group' })
  group?: string | null;

  @Property({ type: 'integer', unique: true })
  sortOrder!: number;
}
