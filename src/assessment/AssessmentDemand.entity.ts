import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { LocalAuthority } from '../organisation/LocalAuthority.entity.js';
import { Cohort } from '../vocabulary/Cohort.entity.js';
import { NeedCategory } from '../vocabulary/NeedCategory.entity.js';

/**
 * One diagnostic assessment return of a local authority for one need category and cohort at a period end: the
 * referrals, referrals closed without assessment and assessments completed in the period ending then, and the
 * waiting list at it. Counts towards an ICS × the place's share.
 */
@Entity({ tableName: 'assessment_demand' })
@Unique({ name: 'assessment_demand_natural_key', properties: ['localAuthority', 'needCategory', 'cohort', 'periodEnd'] })
@Check({
  name: 'assessment_demand_subsets_check',
  expression: 'closed_without_assessment <= referrals and waiting_13_weeks_plus <= waiting',
})
export class AssessmentDemand {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => LocalAuthority, { fieldName: 'la_code' })
  localAuthority!: Rel<LocalAuthority>;

  @ManyToOne(() => NeedCategory, { fieldName: 'need_category_code' })
  needCategory!: Rel<NeedCategory>;

  @ManyToOne(() => Cohort, { fieldName: 'cohort_code' })
  cohort!: Rel<Cohort>;

  @Property({ type: 'string', columnType: 'date' })
  periodEnd!: string;

  @Property({ type: 'integer' })
  referrals!: number;

  @Property({ type: 'integer' })
  closedWithoutAssessment!: number;

  @Property({ type: 'integer' })
  completed!: number;

  @Property({ type: 'integer' })
  waiting!: number;

  @Property({ type: 'integer' })
  waiting13WeeksPlus!: number;
}
