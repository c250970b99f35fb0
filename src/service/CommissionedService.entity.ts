import { Check, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Collection, type Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { LocalAuthority } from '../organisation/LocalAuthority.entity.js';
import { Cohort } from '../vocabulary/Cohort.entity.js';
import { NeedCategory } from '../vocabulary/NeedCategory.entity.js';
import { PathwayStage } from '../vocabulary/PathwayStage.entity.js';

export enum Commissioner {
  ICB = 'ICB',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  JOINT = 'JOINT',
  NHS_ENGLAND_SPECIALISED = 'NHS_ENGLAND_SPECIALISED',
  PROVIDER_COLLABORATIVE = 'PROVIDER_COLLABORATIVE',
}

/**
 * A commissioned service. Its catchment is one local authority's place in the ICS, or the whole ICS
 * when `localAuthority` is null. Active in every financial year its dates overlap.
 */
@Entity({ tableName: 'commissioned_services' })
@Index({ properties: ['ics', 'pathwayStage'] })
@Check({ name: 'commissioned_services_capacity_check', expression: 'capacity_people >= 0' })
@Check({ name: 'commissioned_services_dates_check', expression: 'end_date is null or end_date >= start_date' })
export class CommissionedService {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 40, unique: true })
  serviceCode!: string;

  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code' })
  ics!: Rel<IntegratedCareSystem>;

  @ManyToOne(() => LocalAuthority, { fieldName: 'la_code', nullable: true, index: true, deleteRule: 'no action' })
  localAuthority?: Rel<LocalAuthority> | null;

  @Enum({ items: () => Commissioner })
  commissioner!: Commissioner;

  @Property({ type: 'string' })
  provider!: string;

  @ManyToOne(() => PathwayStage, { fieldName: 'pathway_stage_code' })
  pathwayStage!: Rel<PathwayStage>;

  @ManyToMany(() => Cohort, undefined, {
    pivotTable: 'commissioned_service_cohorts',
    joinColumn: 'service_id',
    inverseJoinColumn: 'cohort_code',
  })
  cohorts = new Collection<Cohort>(this);

  @ManyToMany(() => NeedCategory, undefined, {
    pivotTable: 'commissioned_service_need_categories',
    joinColumn: 'service_id',
    inverseJoinColumn: 'need_category_code',
  })
  needCategories = new Collection<NeedCategory>(this);

  @Property({ type: 'integer' })
  capacityPeople!: number;

  @Property({ type: 'string', columnType: 'date' })
  startDate!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  endDate?: string | null;
}
