import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { RequestContext } from '../graphql/context.js';
import type { EditableRecord } from './editable-record.js';
import { editableRecords } from './editable-records.js';
import { recordInput, recordKey } from './record-inputs.js';
import { deleteRecord, saveRecord } from './record-write.js';
import { RecordVersion } from './RecordVersion.type.js';
import { deleteInScenario, saveInScenario } from '../scenario/scenario-write.js';

const EXPECTED_VERSION = 'The version read before the change (from `version` of the record or a previous save); omit it to create a record.';
const SCENARIO =
  "A scenario of the record's ICS (createScenario): the change is validated as any, but stored only in the scenario; the baseline " +
  "is untouched. expectedVersion is then the record's version as the scenario sees it.";

/** `save<Type>` and `delete<Type>` for one editable record type. */
function recordMutations(record: EditableRecord): Function {
  const input = recordInput(record);
  const key = recordKey(record);

  @Resolver()
  class RecordMutations {
    @Authorized(Role.ICS_EDITOR, Role.ADMIN)
    @Mutation(() => RecordVersion, {
      name: `save${record.type}`,
      description: `Creates or replaces a ${record.type} (a row of ${record.file.file}, by its natural key): ICS_EDITOR of its ICS, or ADMIN. Recorded in the audit trail.`,
    })
    save(
      @Arg('input', () => input.type) values: Record<string, unknown>,
      @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION }) expectedVersion: number | null,
      @Arg('reason', () => String, { description: 'Why the record changes (kept in the audit trail).' }) reason: string,
      @Arg('scenario', () => ID, { nullable: true, description: SCENARIO }) scenario: string | null,
      @Ctx() context: RequestContext,
    ) {
      const change = { caller: context.caller, reason, expectedVersion: expectedVersion ?? null };
      if (scenario != null) return saveInScenario(context.transaction, scenario, record, input.toFields(values), change);
      return saveRecord(context.transaction, record, input.toFields(values), change);
    }

    @Authorized(Role.ICS_EDITOR, Role.ADMIN)
    @Mutation(() => RecordVersion, {
      name: `delete${record.type}`,
      description: `Deletes a ${record.type} by its natural key: ICS_EDITOR of its ICS, or ADMIN. Recorded in the audit trail.`,
    })
    remove(
      @Arg('key', () => key.type) values: Record<string, unknown>,
      @Arg('expectedVersion', () => Int, { description: 'The version read before the delete.' }) expectedVersion: number,
      @Arg('reason', () => String, { description: 'Why the record is deleted (kept in the audit trail).' }) reason: string,
      @Arg('scenario', () => ID, { nullable: true, description: SCENARIO }) scenario: string | null,
      @Ctx() context: RequestContext,
    ) {
      const change = { caller: context.caller, reason, expectedVersion };
      if (scenario != null) return deleteInScenario(context.transaction, scenario, record, key.toFields(values), change);
      return deleteRecord(context.transaction, record, key.toFields(values), { caller: context.caller, reason, expectedVersion });
    }
  }
  Object.defineProperty(RecordMutations, 'name', { value: `${record.type}MutationsResolver` });
  return RecordMutations;
}

export const recordMutationResolvers: Function[] = editableRecords.map(recordMutations);
