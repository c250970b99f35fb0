import type { Caller } from './caller.js';
import { ANONYMOUS } from './caller.js';
import { mayChange, mayReadAudit } from './policy.js';
import { Role } from './role.js';

const caller = (roles: Role[], ics: string[] = []): Caller => ({ sub: 'someone', name: null, roles, ics });

// Owners: a record of QWU; of QHL; a local authority's record held by places of both; a national record.
const owners = { QWU: ['QWU'], QHL: ['QHL'], 'QWU+QHL': ['QHL', 'QWU'], national: [] } as const;

test.each([
  ['anonymous', ANONYMOUS, [false, false, false, false]],
  ['READER', caller([Role.READER]), [false, false, false, false]],
  ['ICS_EDITOR of QWU', caller([Role.ICS_EDITOR], ['QWU']), [true, false, true, false]],
  ['ICS_EDITOR of QHL', caller([Role.ICS_EDITOR], ['QHL']), [false, true, true, false]],
  ['ICS list without the role', caller([Role.READER], ['QWU']), [false, false, false, false]],
  ['ADMIN', caller([Role.ADMIN]), [true, true, true, true]],
] as const)('%s may change records of QWU, QHL, both, England: %j', (_name, who, expected) => {
  expect(Object.values(owners).map((ics) => mayChange(who, ics))).toEqual(expected);
});

test('the audit trail: ADMIN all; an editor its own ICS only; READER none', () => {
  expect(mayReadAudit(caller([Role.ADMIN]), null)).toBe(true);
  expect(mayReadAudit(caller([Role.ICS_EDITOR], ['QWU']), 'QWU')).toBe(true);
  expect(mayReadAudit(caller([Role.ICS_EDITOR], ['QWU']), 'QHL')).toBe(false);
  expect(mayReadAudit(caller([Role.READER]), 'QWU')).toBe(false);
});
