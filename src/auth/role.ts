import { registerEnumType } from 'type-graphql';

/** What a caller may do, as the token's `roles` claim grants it. */
export enum Role {
  /** Reads everything (as anonymous callers do while ANONYMOUS_READ is on); changes nothing. */
  READER = 'READER',
  /** Changes the plan records of the ICSs its `ics` claim lists. */
  ICS_EDITOR = 'ICS_EDITOR',
  /** Changes every record and reads the whole audit trail. */
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'What a caller may do, as its token grants it.' });

export const ROLES = Object.values(Role);
