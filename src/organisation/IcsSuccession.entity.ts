import { Check, Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { IntegratedCareSystem } from './IntegratedCareSystem.entity.js';

/**
 * An abolished ICS's successor: from `effectiveDate` the part `partMoved` ("whole", or the area that moved,
 * e.g. "East Berkshire") belongs to the successor. An ICS that split has one succession per successor.
 */
@Entity({ tableName: 'ics_successions' })
@Check({ name: 'ics_successions_not_itself_check', expression: 'predecessor_ods_code <> successor_ods_code' })
export class IcsSuccession {
  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'predecessor_ods_code', primary: true })
  predecessor!: Rel<IntegratedCareSystem>;

  @ManyToOne(() => IntegratedCareSystem, { fieldName: 'successor_ods_code', primary: true, index: true })
  successor!: Rel<IntegratedCareSystem>;

  @Property({ type: 'string', columnType: 'date' })
  effectiveDate!: string;

  @Property({ type: 'text' })
  partMoved!: string;
}
