import { ROLE_CODE, ROLE_CODE_LENGTH, ROLE_NAME_LENGTH, roleCodeOf, roleNameOf, tidyRoleName } from '../workforce/role-code.js';
import { excerpt, quoted } from './excerpt.js';
import { InvalidValue, type FieldParser } from './fields.js';

/** Written in capitals, digits and _ only: the cell gives a code rather than a name. */
const WRITTEN_AS_CODE = /^[A-Z0-9_]+$/;

/**
 * A workforce role as a plan gives it: by name ("Learning disability nurse") or by code
 * (LEARNING_DISABILITY_NURSE); the code is what is stored. A name finds the known role of that name
 * whatever its case, else the code derived from it (which may be a known role's code: "Learning-disability
 * nurse" is LEARNING_DISABILITY_NURSE too). A known code keeps its name; a new code is named from itself
 * (LD_NURSE → "Ld nurse"). A role met for the first time is remembered with its name, as rows remember
 * the codes they define, for later rows and for the writer that adds it to the roles.
 */
export const role: FieldParser<string> = (raw, known) => {
  if (raw === '') throw new InvalidValue('empty; a role name (e.g. Learning disability nurse) or code is required');
  if (WRITTEN_AS_CODE.test(raw)) {
    if (known.roleNames.has(raw)) return raw;
    if (!ROLE_CODE.test(raw) || raw.length > ROLE_CODE_LENGTH) {
      throw new InvalidValue(
        `${quoted(raw)} is not a role code (capital letters and digits in words joined by single _, starting with a letter, ` +
          `at most ${ROLE_CODE_LENGTH} characters, e.g. SUPPORT_WORKER) nor a role name (e.g. Support worker)`,
      );
    }
    known.addRole(raw, roleNameOf(raw));
    return raw;
  }
  const name = tidyRoleName(raw);
  if (name.length > ROLE_NAME_LENGTH) {
    throw new InvalidValue(`role name ${excerpt(raw)} is too long (at most ${ROLE_NAME_LENGTH} characters)`);
  }
  const named = known.roleNamed(name);
  if (named) return named;
  const code = roleCodeOf(name);
  if (code === null || code.length > ROLE_CODE_LENGTH) {
    throw new InvalidValue(
      `${quoted(raw)} does not make a role code: a role name needs a letter first and letters or digits ` +
        `(e.g. Learning disability nurse, code LEARNING_DISABILITY_NURSE)`,
    );
  }
  known.addRole(code, name);
  return code;
};
