import { registerEnumType } from 'type-graphql';

/** Where a scenario stands: OPEN (changes may be added, gaps computed with it), PROMOTED (applied to the baseline), DISCARDED. */
export enum ScenarioStatus {
  OPEN = 'OPEN',
  PROMOTED = 'PROMOTED',
  DISCARDED = 'DISCARDED',
}

registerEnumType(ScenarioStatus, {
  name: 'ScenarioStatus',
  description: 'OPEN: changes may be added and gap queries computed with it; PROMOTED: applied to the baseline; DISCARDED: dropped.',
});
