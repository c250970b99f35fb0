import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { StageDirection } from './StageDirection.js';

/** A step of the whole care pathway, ordered from prevention to discharge. */
@Entity({ tableName: 'pathway_stages' })
export class PathwayStage {
  @PrimaryKey({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'string' })
  label!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'integer', unique: true })
  sortOrder!: number;

  /** MEET_NEED stages have sufficiency findings; a REDUCE stage (inpatient beds) has none. */
  @Enum({ items: () => Object.values(StageDirection), default: StageDirection.MEET_NEED })
  direction!: StageDirection;
}
