import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { hasRole } from './caller.js';
import { forbidden, unauthenticated } from './auth-errors.js';
import type { Role } from './role.js';

/**
 * type-graphql's check behind `@Authorized(...roles)`: an anonymous caller is UNAUTHENTICATED, a caller holding
 * none of the roles FORBIDDEN. Which records an editor may change is the policy's (policy.ts), once the record is known.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info }, roles) => {
  const { caller } = context;
  if (caller.sub === null) throw unauthenticated(`${info.fieldName} needs a bearer token`);
  if (!roles.length || hasRole(caller, ...roles)) return true;
  throw forbidden(`${info.fieldName} needs the role ${roles.join(' or ')}; ${caller.sub} has ${caller.roles.join(', ') || 'none'}`);
};
