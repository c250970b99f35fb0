import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { LocalAuthority } from '../organisation/LocalAuthority.entity.js';
import { Cohort } from '../vocabulary/Cohort.entity.js';
import { NeedCategory } from '../vocabulary/NeedCategory.entity.js';
import { PathwayStage } from '../vocabulary/PathwayStage.entity.js';

/** A JSNA figure: people in a local authority needing support at one pathway stage in one year. */
@Entity({ tableName: 'assessed_needs' })
@Unique({ name: 'assessed_needs_natural_key_unique', properties: ['localAuthority', 'cohort', 'needCategory', 'pathwayStage', 'year', 'basis'] })
@Index({ properties: ['pathwayStage', 'year'] })
@Check({ name: 'assessed_needs_people_check', expression: 'people >= 0' })
@Check({ name: 'assessed_needs_year_check', expression: 'year >= 2000 and year <= 2100' })
@Check({ name: 'assessed_needs_basis_check', expression: "basis in ('CASELOAD', 'PER_YEAR')" })
export class AssessedNeed {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => LocalAuthority, { fieldName: 'la_code' })
  localAuthority!: Rel<LocalAuthority>;

  @ManyToOne(() => Cohort, { fieldName: 'cohort_code' })
  cohort!: Rel<Cohort>;

  @ManyToOne(() => NeedCategory, { fieldName: 'need_category_code' })
  needCategory!: Rel<NeedCategory>;

  @ManyToOne(() => PathwayStage, { fieldName: 'pathway_stage_code' })
  pathwayStage!: Rel<PathwayStage>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  people!: number;

  /** CASELOAD (people needing support at one time) or PER_YEAR (assessments, checks a year). */
  @Property({ type: 'text', default: 'CASELOAD' })
  basis!: string;

  /** Where the figure comes from and how it was made (assessed or projected). */
  @Property({ type: 'text' })
  source!: string;
}
