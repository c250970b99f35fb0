import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { LocalAuthority } from '../organisation/LocalAuthority.entity.js';
import { Cohort } from '../vocabulary/Cohort.entity.js';

export enum AccommodationType {
  SUPPORTED_LIVING = 'SUPPORTED_LIVING',
  SHARED_LIVES = 'SHARED_LIVES',
  RESIDENTIAL_CARE = 'RESIDENTIAL_CARE',
  SPECIALIST_HOUSING = 'SPECIALIST_HOUSING',
  FORENSIC_HOUSING = 'FORENSIC_HOUSING',
}

/** Bed-spaces of one accommodation type available in a year, for a place or (null authority) the whole ICS. */
@Entity({ tableName: 'housing_plan_lines' })
@Index({
  name: 'housing_plan_lines_natural_key',
  expression:
    'create unique index "housing_plan_lines_natural_key" on "housing_plan_lines" ("ics_code", "la_code", "accommodation_type", "cohort_code", "year") nulls not distinct',
})
@Check({ name: 'housing_plan_lines_bed_spaces_check', expression: 'bed_spaces >= 0' })
@Check({ name: 'housing_plan_lines_year_check', expression: 'year >= 2000 and year <= 2100' })
export class HousingPlanLine {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code' })
  ics!: Rel<IntegratedCareSystem>;

  @ManyToOne(() => LocalAuthority, { fieldName: 'la_code', nullable: true, deleteRule: 'no action' })
  localAuthority?: Rel<LocalAuthority> | null;

  @Enum({ items: () => AccommodationType })
  accommodationType!: AccommodationType;

  @ManyToOne(() => Cohort, { fieldName: 'cohort_code' })
  cohort!: Rel<Cohort>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  bedSpaces!: number;
}
