import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A plan record as a save or delete left it: its type, key, version and values.' })
export class RecordVersion {
  @Field(() => String, { description: 'The record type, e.g. Service, HousingPlanLine.' })
  recordType!: string;

  @Field(() => GraphQLJSONObject, { description: "The record's natural key, by input field name." })
  key!: Record<string, unknown>;

  @Field(() => Int, { description: 'The version now stored (after a delete: the version deleted). Pass it as expectedVersion next time.' })
  version!: number;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The values now stored, by input field name; null after a delete.' })
  values!: Record<string, unknown> | null;
}
