import { Field, Int, ObjectType } from 'type-graphql';
import { Basis } from '../gap/Basis.js';

@ObjectType('ServiceType', {
  description:
    'A kind of commissioned service, held as data: the pathway stage it usually sits at and whether its capacity is ' +
    'usually a caseload (people at one time) or a number a year. A service naming its type takes the default basis ' +
    'unless it states its own capacity basis.',
})
export class ServiceTypeType {
  @Field(() => String, { description: 'Service type code, e.g. ANNUAL_HEALTH_CHECK.' })
  code!: string;

  @Field(() => String, { description: 'Label for display.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'The pathway stage such services sit at; null for OTHER (any stage).' })
  pathwayStage!: string | null;

  @Field(() => Basis, { description: 'The capacity basis of a service of this type that does not state its own.' })
  defaultBasis!: Basis;

  @Field(() => Int, { description: 'Position in the list, along the pathway.' })
  sortOrder!: number;
}
