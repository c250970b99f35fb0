import { describedEnum, type EnumValue } from '../graphql/described-enum.js';

/** Stock or flow: a finding compares figures of one basis only. */
export const Basis = describedEnum('Basis', 'Whether a figure counts people at one time or events over a year.', {
  CASELOAD: 'People supported at one time (beds, caseloads); capacity counts when the service is active on the date need is read.',
  PER_YEAR: "Assessments, checks or admissions a year; capacity counts pro rata to the days it is active in the financial year.",
});
export type Basis = EnumValue<typeof Basis>;
