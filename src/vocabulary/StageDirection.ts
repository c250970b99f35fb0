import { describedEnum, type EnumValue } from '../graphql/described-enum.js';

/** Which way is good at a pathway stage: held as data on each stage (pathway_stages.direction). */
export const StageDirection = describedEnum(
  'StageDirection',
  'Which way is good at a pathway stage, held as data on the stage.',
  {
    MEET_NEED:
      'Provision should reach need: the stage has sufficiency findings (SERVICES, FINANCE) and a pathway severity.',
    REDUCE:
      'Fewer is better (specialist inpatient beds): an inpatient bed is not a need to be met, so the stage has no ' +
      'sufficiency findings and no pathway severity; inpatients are judged against trajectories instead.',
  },
);
export type StageDirection = EnumValue<typeof StageDirection>;
