import { describedEnum, type EnumValue } from '../graphql/described-enum.js';

/** The scope of a finding. Which levels a domain has is stated in its file under `domains/`. */
export const GapLevel = describedEnum(
  'GapLevel',
  'The scope of a finding: a whole ICS, or one place (the part of a local authority in an ICS).',
  { ICS: null, PLACE: null },
);
export type GapLevel = EnumValue<typeof GapLevel>;
