import { WORKFORCE_ROLES } from '../migrations/Migration20261129103000_workforce_roles_finance_types.js';
import { roleCodeOf, roleNameOf } from './role-code.js';

test.each([
  ['Learning disability nurse', 'LEARNING_DISABILITY_NURSE'],
  ['  Learning   disability-nurse ', 'LEARNING_DISABILITY_NURSE'],
  ['Speech & language therapist', 'SPEECH_AND_LANGUAGE_THERAPIST'],
  ["Children's nurse", 'CHILDRENS_NURSE'],
  ['Thérapeute', 'THERAPEUTE'],
  ['Band 5 nurse', 'BAND_5_NURSE'],
])('the code of the role named %j is %s', (name, code) => {
  expect(roleCodeOf(name)).toBe(code);
});

test.each(['', '---', '1:1 support worker', '日本'])('%j makes no role code', (name) => {
  expect(roleCodeOf(name)).toBeNull();
});

test("a name spelled from a code gives the code back, so an exported name re-imports as the same role", () => {
  for (const code of ['SUPPORT_WORKER', 'LD_NURSE', 'BAND_5_NURSE', 'KEYWORKER']) expect(roleCodeOf(roleNameOf(code))).toBe(code);
  expect(roleNameOf('SUPPORT_WORKER')).toBe('Support worker');
});

test('every seeded role has the code its name gives', () => {
  for (const [code, name] of WORKFORCE_ROLES) expect([name, roleCodeOf(name)]).toEqual([name, code]);
});
