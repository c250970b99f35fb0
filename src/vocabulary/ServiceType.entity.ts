import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { PathwayStage } from './PathwayStage.entity.js';

/**
 * A kind of commissioned service (keyworker, annual health check…): the stage it usually sits at and
 * whether its capacity is usually a caseload or a number a year. Held as data, seeded by a migration.
 */
@Entity({ tableName: 'service_types' })
@Check({ name: 'service_types_default_basis_check', expression: "default_basis in ('CASELOAD', 'PER_YEAR')" })
export class ServiceType {
  @PrimaryKey({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'string' })
  label!: string;

  /** Null for OTHER, which may sit at any stage. */
  @ManyToOne(() => PathwayStage, { fieldName: 'pathway_stage_code', nullable: true })
  pathwayStage?: Rel<PathwayStage> | null;

  /** CASELOAD or PER_YEAR: the basis of a service of this type that does not state its own. */
  @Property({ type: 'text', default: 'CASELOAD' })
  defaultBasis!: string;

  @Property({ type: 'integer', unique: true })
  sortOrder!: number;
}
