import { describedEnum, type EnumValue } from '../graphql/described-enum.js';

/** What a finding's need and provision are counted in; each domain states its own. */
export const GapUnit = describedEnum(
  'GapUnit',
  'Unit of need, provision and gap: people, bed-spaces, whole-time equivalents or pounds.',
  { PEOPLE: null, BED_SPACES: null, WTE: null, GBP: null },
);
export type GapUnit = EnumValue<typeof GapUnit>;
