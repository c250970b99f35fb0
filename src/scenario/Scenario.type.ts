import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ScenarioStatus } from './ScenarioStatus.js';

@ObjectType({ description: 'One record a scenario changes: its new state (or deletion) and the baseline version it was based on.' })
export class ScenarioChange {
  @Field(() => String, { description: 'The record type, e.g. Service, HousingPlanLine.' })
  recordType!: string;

  @Field(() => GraphQLJSONObject, { description: "The record's natural key, by input field name." })
  key!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The input the scenario saved (by dataset column, as the writer reads it); null for a deletion.',
  })
  input!: Record<string, string> | null;

  @Field(() => Boolean, { description: 'True when the scenario deletes the record.' })
  deleted!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'The baseline version the change is based on (null: the record did not exist). Promotion needs the baseline still at it.',
  })
  baseVersion!: number | null;

  @Field(() => Int, { description: "The record's version inside the scenario: pass it as expectedVersion for the next change with this scenario." })
  scenarioVersion!: number;

  @Field(() => String, { nullable: true, description: "Who made the change (the token's subject); null unless the caller may read the ICS's audit trail (it names people: ADMIN, or an ICS_EDITOR of the ICS)." })
  changedBy!: string | null;

  @Field(() => GraphQLDateTimeISO)
  changedAt!: Date;

  @Field(() => String)
  reason!: string;
}

@ObjectType({
  description:
    "A what-if: an ICS's named set of plan changes kept apart from the baseline. Saves and deletes given `scenario` change only " +
    'it; gap queries given `scenario` compute figures as if its changes were applied; promoteScenario applies them for real.',
})
export class Scenario {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The ICS (ODS code) whose plans it changes." })
  icsCode!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Who created it (the token's subject); null unless the caller may read the ICS's audit trail (it names people: ADMIN, or an ICS_EDITOR of the ICS)." })
  createdBy!: string | null;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  @Field(() => ScenarioStatus)
  status!: ScenarioStatus;

  @Field(() => String, { nullable: true, description: "Who promoted or discarded it; null unless the caller may read the ICS's audit trail (it names people: ADMIN, or an ICS_EDITOR of the ICS)." })
  closedBy!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was promoted or discarded.' })
  closedAt!: Date | null;
}
