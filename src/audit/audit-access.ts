import { forbidden, unauthenticated } from '../auth/auth-errors.js';
import { hasRole, type Caller } from '../auth/caller.js';
import { Role } from '../auth/role.js';

/**
 * Who reads which part of the audit trail: ADMIN all of it; an ICS_EDITOR the changes concerning its ICSs (a
 * filter by another ICS is FORBIDDEN); READER and anonymous callers none (the trail names people). Returns the
 * ICSs the rows are limited to, or null for no limit.
 */
export function auditScope(caller: Caller, icsCode: string | null | undefined): readonly string[] | null {
  if (caller.sub === null) throw unauthenticated('the audit trail needs a bearer token');
  if (hasRole(caller, Role.ADMIN)) return null;
  if (!hasRole(caller, Role.ICS_EDITOR)) throw forbidden('the audit trail is for ADMIN and ICS_EDITOR callers');
  if (icsCode && !caller.ics.includes(icsCode)) throw forbidden(`${caller.sub} may not read the audit trail of ICS ${icsCode}`);
  return caller.ics;
}
