import { GraphQLError } from 'graphql';

/** A field of the input that the dataset file's rules refuse: the message names the field and says why. */
export interface FieldProblem {
  /** The input field (camelCase), e.g. `capacityPeople`. */
  field: string;
  /** The dataset file's column, e.g. `capacity_people`. */
  column: string;
  message: string;
}

export function badInput(argument: 'input' | 'key' | 'reason', problems: readonly FieldProblem[]): GraphQLError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s): see extensions.problems)` : '';
  return new GraphQLError(`${argument}.${first.field}: ${first.message}${more}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, field: first.field, problems },
  });
}

/** The record changed since the caller read it (or was created or deleted meanwhile): here is what it holds now. */
export function conflict(
  type: string,
  expectedVersion: number | null,
  current: { version: number; values: Record<string, unknown> } | null,
): GraphQLError {
  const now = current ? `is at version ${current.version}` : 'does not exist';
  const expected = expectedVersion === null ? 'expected a new record' : `expected version ${expectedVersion}`;
  return new GraphQLError(`${type} ${now}; ${expected}. Read it again and reapply the change.`, {
    extensions: { code: 'CONFLICT', currentVersion: current?.version ?? null, currentValues: current?.values ?? null },
  });
}

export function recordNotFound(type: string, key: Record<string, unknown>): GraphQLError {
  return new GraphQLError(`no ${type} has the key ${JSON.stringify(key)}`, {
    extensions: { code: 'NOT_FOUND', argument: 'key', value: key },
  });
}
