import type { GraphQLError } from 'graphql';
import { badArgument } from '../graphql/errors.js';
import type { CheckRow, CodesToCheck } from './code-checks.js';

/** The first unknown code as a caller error naming its argument (e.g. `filter.cohort`), or null. */
export function unknownCodeError(check: CheckRow, codes: CodesToCheck, argumentPrefix = ''): GraphQLError | null {
  const arg = (name: string) => `${argumentPrefix}${name}`;
  if (!check.ics_known) return badArgument(arg('icsCode'), `no ICS has the ODS or ONS code '${codes.icsCode}'`);
  if (!check.la_known) return badArgument(arg('laCode'), `no local authority has the ONS code '${codes.laCode}'`);
  if (!check.la_in_ics) return badArgument(arg('laCode'), `${codes.laCode} is not a place of ICS ${codes.icsCode}`);
  if (!check.cohort_known) {
    return badArgument(arg('cohort'), `unknown cohort '${codes.cohort}'; known: ${check.cohort_codes}`);
  }
  if (!check.need_category_known) {
    return badArgument(arg('needCategory'), `unknown need category '${codes.needCategory}'; known: ${check.need_category_codes}`);
  }
  if (!check.pathway_stage_known) {
    return badArgument(arg('pathwayStage'), `unknown pathway stage '${codes.pathwayStage}'; known: ${check.pathway_stage_codes}`);
  }
  return null;
}
