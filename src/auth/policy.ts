import { hasRole, type Caller } from './caller.js';
import { forbidden, unauthenticated } from './auth-errors.js';
import { Role } from './role.js';

/**
 * Whose a record is: the ICSs it belongs to. A record naming an ICS belongs to it; a local authority's record
 * (needs) to every ICS holding a place of the authority; a national record (a target for England) to none.
 */
export type RecordOwners = readonly string[];

/**
 * Whether `caller` may change a record owned by `owners`: ADMIN anything; ICS_EDITOR a record of one of its ICSs
 * (a local authority's record when it edits any ICS holding a place of the authority; never a national one);
 * READER and anonymous callers nothing.
 */
export function mayChange(caller: Caller, owners: RecordOwners): boolean {
  if (hasRole(caller, Role.ADMIN)) return true;
  if (!hasRole(caller, Role.ICS_EDITOR)) return false;
  return owners.some((ics) => caller.ics.includes(ics));
}

/** Throws UNAUTHENTICATED for an anonymous caller and FORBIDDEN for one not allowed; `what` names the record. */
export function assertMayChange(caller: Caller, owners: RecordOwners, what: string): void {
  if (caller.sub === null) throw unauthenticated(`changing ${what} needs a bearer token`);
  if (mayChange(caller, owners)) return;
  const whose = owners.length ? `ICS ${owners.join(', ')}` : 'England (a national record: ADMIN only)';
  const may = hasRole(caller, Role.ICS_EDITOR) ? `ICS_EDITOR of ${caller.ics.join(', ') || 'no ICS'}` : 'not an editor';
  throw forbidden(`${caller.sub} may not change ${what} of ${whose} (${may})`);
}

/** Whether `caller` may read the audit trail of `icsCode` (null: every ICS). */
export function mayReadAudit(caller: Caller, icsCode: string | null): boolean {
  if (hasRole(caller, Role.ADMIN)) return true;
  return hasRole(caller, Role.ICS_EDITOR) && icsCode !== null && caller.ics.includes(icsCode);
}
