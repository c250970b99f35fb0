import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from '../organisation/IntegratedCareSystem.entity.js';

/** The kind of employer whose staff a training return counts. */
export enum TrainingOrganisationType {
  NHS = 'NHS',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  INDEPENDENT = 'INDEPENDENT',
}

/**
 * Oliver McGowan Mandatory Training on Learning Disability and Autism in one ICS, among one kind of employer, in
 * one financial year: for tier 1 and tier 2 apart, the staff in scope of that tier and how many of them completed it.
 */
@Entity({ tableName: 'workforce_training' })
@Unique({ name: 'workforce_training_natural_key', properties: ['ics', 'organisationType', 'year'] })
@Check({
  name: 'workforce_training_completed_check',
  expression: 'tier1_completed <= tier1_in_scope and tier2_completed <= tier2_in_scope',
})
export class WorkforceTraining {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'ics_code' })
  ics!: Rel<IntegratedCareSystem>;

  @Enum({ items: () => TrainingOrganisationType })
  organisationType!: TrainingOrganisationType;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  tier1InScope!: number;

  @Property({ type: 'integer' })
  tier1Completed!: number;

  @Property({ type: 'integer' })
  tier2InScope!: number;

  @Property({ type: 'integer' })
  tier2Completed!: number;
}
