import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Caller } from '../auth/caller.js';
import { assertMayChange, mayReadAudit } from '../auth/policy.js';
import { Role } from '../auth/role.js';
import type { RequestContext } from '../graphql/context.js';
import { badArgument, notFound } from '../graphql/errors.js';
import { compareScenario } from './scenario-comparison.js';
import { discardScenario, promoteScenario } from './scenario-promotion.js';
import { openScenario } from './scenario-replay.js';
import { icsExists, insertScenario, listScenarios, readChanges, type ScenarioRow } from './scenario-store.sql.js';
import { Scenario, ScenarioChange } from './Scenario.type.js';
import { ScenarioFindingChange } from './ScenarioFindingChange.type.js';

const SCENARIO = 'The scenario (its id).';
/** Comparisons longer than this are refused, as cohort projections are. */
const MAX_COMPARISON_YEARS = 30;

/** A stored scenario as the caller may see it: who acted only for those who may read the ICS's audit trail. */
function asScenario(row: ScenarioRow, caller: Caller): Scenario {
  const people = mayReadAudit(caller, row.icsCode);
  return { ...row, id: String(row.id), createdBy: people ? row.createdBy : null, closedBy: people ? row.closedBy : null };
}

@Resolver(() => Scenario)
export class ScenarioResolver {
  @Authorized(Role.ICS_EDITOR, Role.ADMIN)
  @Mutation(() => Scenario, {
    description:
      "Opens a what-if scenario over an ICS's plans (ICS_EDITOR of that ICS, or ADMIN). Then pass its id as `scenario` to " +
      'save<Record>/delete<Record> to change only the scenario, and to any gap query to see figures with it.',
  })
  async createScenario(
    @Arg('icsCode', () => String, { description: "The ICS's ODS code." }) icsCode: string,
    @Arg('name', () => String) name: string,
    @Arg('description', () => String, { nullable: true }) description: string | null,
    @Ctx() { caller, transaction }: RequestContext,
  ) {
    const code = icsCode.trim().toUpperCase();
    if (!name.trim()) throw badArgument('name', 'empty; name the scenario');
    return transaction(async (sql) => {
      if (!(await icsExists(sql, code))) throw notFound('icsCode', icsCode, `Argument "icsCode": no ICS has the ODS code ${JSON.stringify(icsCode)}`);
      assertMayChange(caller, [code], `the plans`);
      const row = await insertScenario(sql, {
        icsCode: code, name: name.trim(), description: description?.trim() || null, createdBy: caller.sub!, createdByName: caller.name,
      });
      return asScenario(row, caller);
    });
  }

  @Query(() => [Scenario], { description: "An ICS's scenarios, oldest first, whatever their status." })
  async scenarios(@Arg('icsCode', () => String) icsCode: string, @Ctx() { sql, caller }: RequestContext) {
    return (await listScenarios(sql, icsCode.trim().toUpperCase())).map((row) => asScenario(row, caller));
  }

  @Query(() => Scenario, { description: 'One scenario by id (NOT_FOUND naming `id` when none has it).' })
  async scenario(@Arg('id', () => ID) id: string, @Ctx() { sql, caller }: RequestContext) {
    return asScenario(await openScenario(sql, 'id', id, { open: false }), caller);
  }

  @FieldResolver(() => [ScenarioChange], { description: 'The records it changes, in the order first changed.' })
  async changes(@Root() scenario: Scenario, @Ctx() { sql, caller }: RequestContext): Promise<ScenarioChange[]> {
    const people = mayReadAudit(caller, scenario.icsCode);
    return (await readChanges(sql, Number(scenario.id))).map((row) => ({
      recordType: row.recordType, key: row.naturalKey, input: row.deleted ? null : row.input, deleted: row.deleted,
      baseVersion: row.baseVersion, scenarioVersion: row.scenarioVersion, changedBy: people ? row.changedBy : null, changedAt: row.changedAt, reason: row.reason,
    }));
  }

  @Query(() => [ScenarioFindingChange], {
    description:
      "The findings of the scenario's ICS (ICS and place level, every domain) from fromYear to toYear whose gap or severity " +
      'differs with the scenario applied, each with its baseline and scenario values: which gaps the scenario closes or opens.',
  })
  scenarioComparison(
    @Arg('scenario', () => ID, { description: SCENARIO }) scenarioId: string,
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() { trial, asOfDate }: RequestContext,
  ) {
    if (toYear < fromYear) throw badArgument('toYear', `must not be before fromYear (${toYear} < ${fromYear})`);
    if (toYear - fromYear > MAX_COMPARISON_YEARS) throw badArgument('toYear', `at most ${MAX_COMPARISON_YEARS} years after fromYear`);
    return trial(async (sql) => compareScenario(sql, await openScenario(sql, 'scenario', scenarioId), { fromYear, toYear, asOfDate }));
  }

  @Authorized(Role.ICS_EDITOR, Role.ADMIN)
  @Mutation(() => Scenario, {
    description:
      "Applies the scenario's changes to the baseline in one transaction, audited like any save (the reason names the scenario): " +
      'CONFLICT, and nothing changed, if a baseline record moved since the scenario copied it. The scenario becomes PROMOTED.',
  })
  async promoteScenario(
    @Arg('scenario', () => ID, { description: SCENARIO }) scenarioId: string,
    @Arg('reason', () => String, { description: 'Why it is promoted (kept in the audit trail with the scenario).' }) reason: string,
    @Ctx() { caller, transaction }: RequestContext,
  ) {
    return asScenario(await promoteScenario(transaction, scenarioId, caller, reason), caller);
  }

  @Authorized(Role.ICS_EDITOR, Role.ADMIN)
  @Mutation(() => Scenario, { description: 'Drops an OPEN scenario: it becomes DISCARDED and can no longer be changed or applied.' })
  async discardScenario(@Arg('scenario', () => ID, { description: SCENARIO }) scenarioId: string, @Ctx() { caller, transaction }: RequestContext) {
    return asScenario(await discardScenario(transaction, scenarioId, caller), caller);
  }
}
