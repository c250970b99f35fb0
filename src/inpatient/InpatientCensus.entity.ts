import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';
import { Commissioner } from '../service/CommissionedService.entity.js';
import { PopulationGroup } from '../vocabulary/PopulationGroup.entity.js';

/** Whether a census return may still be revised. */
export enum CensusStatus {
  PROVISIONAL = 'PROVISIONAL',
  FINAL = 'FINAL',
}

/** The population groups the census counts (of the population_groups vocabulary). */
export const CENSUS_POPULATION_GROUPS = ['UNDER_18', 'AGE_18_PLUS'] as const;

/**
 * One ICS's own residents in hospital (wherever they are) of one population group and commissioner at a period
 * end: the people in hospital then, and the flows of the period ending then.
 */
@Entity({ tableName: 'inpatient_census' })
@Unique({ name: 'inpatient_census_natural_key', properties: ['ics', 'populationGroup', 'commissioner', 'periodEnd'] })
@Check({ name: 'inpatient_census_subsets_check', expression: 'total_los_5_years_plus <= inpatients and outside_home_icb <= inpatients and cetr_on_time <= cetr_due' })
export class InpatientCensus {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code' })
  ics!: Rel<IntegratedCareSystem>;

  @ManyToOne(() => PopulationGroup, { fieldName: 'population_group_code' })
  populationGroup!: Rel<PopulationGroup>;

  @Enum({ items: () => Commissioner })
  commissioner!: Commissioner;

  @Property({ type: 'string', columnType: 'date' })
  periodEnd!: string;

  @Property({ type: 'integer' })
  inpatients!: number;

  @Property({ type: 'integer' })
  totalLos5YearsPlus!: number;

  @Property({ type: 'integer' })
  outsideHomeIcb!: number;

  @Property({ type: 'integer' })
  admissions!: number;

  @Property({ type: 'integer' })
  transfers!: number;

  @Property({ type: 'integer' })
  discharges!: number;

  @Property({ type: 'integer' })
  cetrDue!: number;

  @Property({ type: 'integer' })
  cetrOnTime!: number;

  @Enum({ items: () => CensusStatus, nullable: true })
  status?: CensusStatus | null;
}
