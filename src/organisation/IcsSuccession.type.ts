import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('IcsSuccession', {
  description:
    'A part of an ICS taken over by another when boundaries changed: from `effectiveDate`, `partMoved` ("whole", or the area that moved) belongs to the successor. An ICS that split has one succession per successor.',
})
export class IcsSuccessionType {
  /** Resolved to the ICSs through a loader. */
  predecessorOdsCode!: string;
  successorOdsCode!: string;

  @Field(() => GraphQLLocalDate, { description: 'The first day the part belongs to the successor, e.g. 2026-04-01.' })
  effectiveDate!: string;

  @Field(() => String, { description: '"whole" when the whole ICS moved, else the area that moved, e.g. "East Berkshire".' })
  partMoved!: string;
}
