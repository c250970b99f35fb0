import { registerEnumType } from 'type-graphql';

/** What a finding's need and provision are counted in; each domain states its own. */
export enum GapUnit {
  PEOPLE = 'PEOPLE',
  BED_SPACES = 'BED_SPACES',
  WTE = 'WTE',
  GBP = 'GBP',
}

registerEnumType(GapUnit, {
  name: 'GapUnit',
  description: 'Unit of need, provision and gap: people, bed-spaces, whole-time equivalents or pounds.',
});
