import { describedEnum, type EnumValue } from '../graphql/described-enum.js';

/** Which staff a WORKFORCE finding counts as provision, by whether its year has begun on the as-of date. */
export const WorkforceProvision = describedEnum(
  'WorkforceProvision',
  'Which whole-time equivalents a WORKFORCE finding counts as provision: staff in post for a financial year ended or ' +
    'under way on the as-of date (AS_OF_DATE, else today), so today\'s vacancies show; staff planned for later years.',
  {
    IN_POST: 'WTE in post: the year has ended or is under way.',
    PLANNED: 'WTE planned: the year is still to come.',
  },
);
export type WorkforceProvision = EnumValue<typeof WorkforceProvision>;
