import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A category of identified need (learning disability, autism, both, or others added as data). */
@Entity({ tableName: 'need_categories' })
export class NeedCategory {
  @PrimaryKey({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'string' })
  label!: string;

  @Property({ type: 'integer', unique: true })
  sortOrder!: number;
}
