import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A workforce role as plans name it ("Learning disability nurse") with its stable code
 * (LEARNING_DISABILITY_NURSE). Seeded with common roles; a workforce plan naming a new role adds it.
 * Names are unique whatever their case, so a name always finds the same code.
 */
@Entity({ tableName: 'workforce_roles' })
@Check({ name: 'workforce_roles_code_check', expression: "code ~ '^[A-Z][A-Z0-9_]*$'" })
export class WorkforceRole {
  @PrimaryKey({ type: 'string', length: 80 })
  code!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;
}
