import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@ObjectType('GapKeyworkerService', {
  description:
    "A commissioned service of type KEYWORKER of the finding's ICS (for a place finding, serving that place or the whole ICS), " +
    "serving the finding's cohort and running on its period end (KEYWORKERS explanation).",
})
export class GapKeyworkerService {
  @Field(() => String)
  serviceCode!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'The place it serves; null when its catchment is the whole ICS.' })
  catchmentLaCode!: string | null;

  @Field(() => Float, { description: 'Its caseload: people it can support at one time.' })
  capacityPeople!: number;

  @Field(() => GraphQLLocalDate)
  startDate!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endDate!: string | null;
}
