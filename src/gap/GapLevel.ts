import { registerEnumType } from 'type-graphql';

/** The scope of a finding. Which levels a domain has is stated in its file under `domains/`. */
export enum GapLevel {
  ICS = 'ICS',
  PLACE = 'PLACE',
}

registerEnumType(GapLevel, {
  name: 'GapLevel',
  description: 'The scope of a finding: a whole ICS, or one place (the part of a local authority in an ICS).',
});
