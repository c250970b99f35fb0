import { Field, Int, ObjectType } from 'type-graphql';
import { StageDirection } from './StageDirection.js';

@ObjectType('PathwayStage', {
  description: 'A step of the whole care pathway, from prevention and early intervention to discharge and step-down.',
})
export class PathwayStageType {
  @Field(() => String, { description: 'Stage code, e.g. CRISIS_AND_INTENSIVE_SUPPORT.' })
  code!: string;

  @Field(() => String, { description: 'Label for display.' })
  label!: string;

  @Field(() => String, { description: 'What the stage covers, e.g. "Supported living, shared lives, residential…".' })
  description!: string;

  @Field(() => Int, { description: 'Position along the pathway, 1 = prevention.' })
  sortOrder!: number;

  @Field(() => StageDirection, {
    description: 'Which way is good: MEET_NEED stages have sufficiency findings (SERVICES, FINANCE); a REDUCE stage has none.',
  })
  direction!: StageDirection;
}
