import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A life-stage cohort: a non-overlapping age band. The ages are data, so bands can be revised without code. */
@Entity({ tableName: 'cohorts' })
@Check({ name: 'cohorts_ages_check', expression: 'min_age >= 0 and (max_age is null or max_age >= min_age)' })
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

  @Property({ type: 'integer', unique: true })
  sortOrder!: number;
}
