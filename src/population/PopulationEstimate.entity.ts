import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { LocalAuthority } from '../organisation/LocalAuthority.entity.js';
import { Cohort } from '../vocabulary/Cohort.entity.js';

/** Resident population of a local authority in one cohort and financial year. */
@Entity({ tableName: 'population_estimates' })
@Unique({ properties: ['localAuthority', 'cohort', 'year'] })
@Check({ name: 'population_estimates_people_check', expression: 'people >= 0' })
@Check({ name: 'population_estimates_year_check', expression: 'year >= 2000 and year <= 2100' })
export class PopulationEstimate {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => LocalAuthority, { fieldName: 'la_code' })
  localAuthority!: Rel<LocalAuthority>;

  @ManyToOne(() => Cohort, { fieldName: 'cohort_code' })
  cohort!: Rel<Cohort>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  people!: number;
}
