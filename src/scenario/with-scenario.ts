import type { SqlRunner } from '../db/sql.js';
import type { RequestContext } from '../graphql/context.js';
import { openScenario, replayScenario } from './scenario-replay.js';

/** The `scenario` argument of every gap query. */
export const SCENARIO_ARGUMENT =
  'A scenario (its id, from createScenario): figures computed as if its changes were applied to the baseline. Absent: the baseline.';

/**
 * Runs a gap computation on the baseline, or, given a scenario, in a transaction that replays the scenario's
 * changes over the baseline and is then rolled back: the unchanged gap SQL sees the scenario's records, and
 * nothing is kept. An unknown id is NOT_FOUND naming `argument`; a promoted or discarded one BAD_USER_INPUT.
 */
export function withScenario<T>(
  context: Pick<RequestContext, 'sql' | 'trial'>,
  scenario: string | null | undefined,
  work: (sql: SqlRunner) => Promise<T>,
  argument = 'scenario',
): Promise<T> {
  if (scenario === null || scenario === undefined) return work(context.sql);
  return context.trial(async (sql) => {
    await replayScenario(sql, await openScenario(sql, argument, scenario));
    return work(sql);
  });
}
