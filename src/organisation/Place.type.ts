import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('Place', {
  description:
    "The part of a local authority that lies in an ICS. Need recorded for the authority counts towards the ICS multiplied by populationShare.",
})
export class PlaceType {
  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => String, { description: "The local authority's ONS code." })
  laCode!: string;

  @Field(() => Float, { description: "Share (0–1] of the authority's population living in this ICS." })
  populationShare!: number;
}
