import { Role } from './role.js';

/** Who is calling, as a verified token says (or nobody: anonymous). */
export interface Caller {
  /** The token's subject; null for an anonymous caller. */
  sub: string | null;
  name: string | null;
  roles: readonly Role[];
  /** ODS codes of the ICSs an ICS_EDITOR may change. */
  ics: readonly string[];
}

export const ANONYMOUS: Caller = Object.freeze({ sub: null, name: null, roles: [], ics: [] });

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return roles.some((role) => caller.roles.includes(role));
}
