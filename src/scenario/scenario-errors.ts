import { GraphQLError } from 'graphql';
import { badArgument, notFound } from '../graphql/errors.js';
import type { ScenarioRow } from './scenario-store.sql.js';

/** No scenario has this id: NOT_FOUND naming the argument (`scenario`). */
export function scenarioNotFound(argument: string, id: string): GraphQLError {
  return notFound(argument, id, `Argument "${argument}": no scenario has the id ${JSON.stringify(id)}`);
}

/** The scenario was promoted or discarded: it can no longer be changed or applied. */
export function scenarioClosed(argument: string, scenario: ScenarioRow): GraphQLError {
  return badArgument(argument, `scenario ${scenario.id} (${scenario.name}) is ${scenario.status}, not OPEN`);
}

/** A record of another ICS than the scenario's: a scenario changes its own ICS's plans only. */
export function notTheScenarioIcs(scenario: ScenarioRow, type: string, owners: readonly string[]): GraphQLError {
  const whose = owners.length ? `ICS ${owners.join(', ')}` : 'England (a national record)';
  return new GraphQLError(`this ${type} is of ${whose}, not of scenario ${scenario.id}'s ICS ${scenario.icsCode}`, {
    extensions: { code: 'FORBIDDEN', argument: 'scenario' },
  });
}

/** Promotion found a baseline record changed since the scenario copied it. */
export function baselineMoved(
  scenario: ScenarioRow,
  type: string,
  key: Record<string, unknown>,
  baseVersion: number | null,
  currentVersion: number | null,
): GraphQLError {
  const was = baseVersion === null ? 'did not exist' : `was at version ${baseVersion}`;
  const now = currentVersion === null ? 'no longer exists' : `is at version ${currentVersion}`;
  return new GraphQLError(
    `${type} ${JSON.stringify(key)} ${was} when scenario ${scenario.id} changed it and ${now} in the baseline: nothing was promoted. ` +
      'Reapply the change to the scenario (read the record again) and promote again.',
    { extensions: { code: 'CONFLICT', recordType: type, key, baseVersion, currentVersion } },
  );
}
