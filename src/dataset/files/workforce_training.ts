import { TrainingOrganisationType } from '../../workforce/WorkforceTraining.entity.js';
import * as code from '../codes.js';
import { ALL_OR } from '../exportSql.js';
import { count, oneOf, year } from '../fields.js';
import { defineFile, type ColumnProblem } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const workforceTraining = table({
  name: 'workforce_training',
  columns: {
    ics_code: 'text',
    organisation_type: 'text',
    year: 'int',
    tier1_in_scope: 'int',
    tier1_completed: 'int',
    tier2_in_scope: 'int',
    tier2_completed: 'int',
  },
  key: ['ics_code', 'organisation_type', 'year'],
});

interface TierCounts {
  tier1_in_scope: number;
  tier1_completed: number;
  tier2_in_scope: number;
  tier2_completed: number;
}

/** Each tier's completions are among its own staff in scope: never more than them. */
function completedWithinScope(row: TierCounts): ColumnProblem[] {
  return ([1, 2] as const).flatMap((tier) => {
    const completed = row[`tier${tier}_completed`];
    const inScope = row[`tier${tier}_in_scope`];
    return completed <= inScope
      ? []
      : [{ column: `tier${tier}_completed`, message: `${completed} staff completed tier ${tier}, more than the ${inScope} in scope of it (tier${tier}_in_scope)` }];
  });
}

/**
 * Oliver McGowan Mandatory Training on Learning Disability and Autism: per ICS, kind of employer (NHS, LOCAL_AUTHORITY,
 * INDEPENDENT) and financial year, the staff in scope of tier 1 and of tier 2 and how many of each completed it.
 */
export const workforceTrainingFile = defineFile(
  'workforce_training.csv',
  {
    ics_code: code.knownIcs,
    organisation_type: oneOf(Object.values(TrainingOrganisationType)),
    year,
    tier1_in_scope: count,
    tier1_completed: count,
    tier2_in_scope: count,
    tier2_completed: count,
  },
  {
    keys: [['ics_code', 'organisation_type', 'year']],
    check: (row) => completedWithinScope(row),
    write: into(workforceTraining, {
      ics_code: 'ics_code',
      organisation_type: 'organisation_type',
      year: 'year',
      tier1_in_scope: 'tier1_in_scope',
      tier1_completed: 'tier1_completed',
      tier2_in_scope: 'tier2_in_scope',
      tier2_completed: 'tier2_completed',
    }),
    export: {
      perIcs: true,
      sql: `select ics_code, organisation_type, year, tier1_in_scope, tier1_completed, tier2_in_scope, tier2_completed
      from workforce_training where ${ALL_OR('ics_code = $1')}
      order by ics_code, organisation_type, year`,
    },
  },
);
