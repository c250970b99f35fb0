import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { LocalAuthority } from '../organisation/LocalAuthority.entity.js';
import { Cohort } from '../vocabulary/Cohort.entity.js';
import { NeedCategory } from '../vocabulary/NeedCategory.entity.js';

/**
 * One line of an ICB's dynamic support register: the residents of one place (ICS × local authority) of one cohort
 * and need category at a period end, by risk rating — RED (imminent risk of admission), AMBER (at risk without
 * timely support), GREEN (risks managed), BLUE (in hospital) — and, when the return gives them, how many of the
 * RED, AMBER and BLUE have a keyworker allocated (null: not returned, which is not zero).
 */
@Entity({ tableName: 'dynamic_support_register' })
@Unique({ name: 'dynamic_support_register_natural_key', properties: ['ics', 'localAuthority', 'cohort', 'needCategory', 'periodEnd'] })
@Check({
  name: 'dynamic_support_register_keyworkers_check',
  expression: 'red_with_keyworker <= red and amber_with_keyworker <= amber and blue_with_keyworker <= blue',
})
export class DynamicSupportRegisterRow {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code' })
  ics!: Rel<IntegratedCareSystem>;

  @ManyToOne(() => LocalAuthority, { fieldName: 'la_code' })
  localAuthority!: Rel<LocalAuthority>;

  @ManyToOne(() => Cohort, { fieldName: 'cohort_code' })
  cohort!: Rel<Cohort>;

  @ManyToOne(() => NeedCategory, { fieldName: 'need_category_code' })
  needCategory!: Rel<NeedCategory>;

  @Property({ type: 'string', columnType: 'date' })
  periodEnd!: string;

  @Property({ type: 'integer' })
  red!: number;

  @Property({ type: 'integer' })
  amber!: number;

  @Property({ type: 'integer' })
  green!: number;

  @Property({ type: 'integer' })
  blue!: number;

  @Property({ type: 'integer', nullable: true })
  redWithKeyworker?: number | null;

  @Property({ type: 'integer', nullable: true })
  amberWithKeyworker?: number | null;

  @Property({ type: 'integer', nullable: true })
  blueWithKeyworker?: number | null;
}
