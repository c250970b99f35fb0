import { Check, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Collection, type Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { LocalAuthority } from '../organisation/LocalAuthority.entity.js';
import { Cohort } from '../vocabulary/Cohort.entity.js';
import { NeedCategory } from '../vocabulary/NeedCategory.entity.js';
import { PathwayStage } from '../vocabulary/PathwayStage.entity.js';
import { ServiceType } from '../vocabulary/ServiceType.entity.js';

export enum Commissioner {
  ICB = 'ICB',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  JOINT = 'JOINT',
  NHS_ENGLAND_SPECIALISED = 'NHS_ENGLAND_SPECIALISED',
  PROVIDER_COLLABORATIVE = 'PROVIDER_COLLABORATIVE',
}

/**
 * A commissioned service. Its catchment is one local authority's place in the ICS, or the whole ICS
 * when `localAuthority` is null. Its capacity counts in a financial year as its basis says (see the gap
 * engine's capacity rules); with age limits it serves only the years of each cohort's band inside them.
 */
@Entity({ tableName: 'commissioned_services' })
@Index({ properties: ['ics', 'pathwayStage'] })
@Check({ name: 'commissioned_services_capacity_check', expression: 'capacity_people >= 0' })
@Check({ name: 'commissioned_services_dates_check', expression: 'end_date is null or end_date >= start_date' })
@Check({ name: 'commissioned_services_capacity_basis_check', expression: "capacity_basis in ('CASELOAD', 'PER_YEAR')" })
@Check({
  name: 'commissioned_services_ages_check',
  expression:
    '(min_age is null or min_age between 0 and 120) and (max_age is null or max_age between 0 and 120) and (min_age is null or max_age is null or min_age <= max_age)',
})
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

  @ManyToOne(() => ServiceType, { fieldName: 'service_type_code', nullable: true })
  serviceType?: Rel<ServiceType> | null;

  @Property({ type: 'integer' })
  capacityPeople!: number;

  /** CASELOAD or PER_YEAR as the dataset states it; null takes the service type's default (else CASELOAD). */
  @Property({ type: 'text', nullable: true })
  capacityBasis?: string | null;

  /** Youngest and oldest age served (inclusive); null for no limit. */
  @Property({ type: 'integer', nullable: true })
  minAge?: number | null;

  @Property({ type: 'integer', nullable: true })
  maxAge?: number | null;

  @Property({ type: 'string', columnType: 'date' })
  startDate!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  endDate?: string | null;
}
