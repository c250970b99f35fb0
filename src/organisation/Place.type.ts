import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('Place', {
  description:
    'The part of a local authority that lies in an ICS over a period. Need recorded for the authority counts towards the ICS multiplied by populationShare. One authority\'s shares across all ICSs sum to at most 1 on any date.',
})
export class PlaceType {
  @Field(() => String, { description: "The ICS's ODS code." })
  icsCode!: string;

  @Field(() => String, { description: "The local authority's ONS code." })
  laCode!: string;

  @Field(() => Float, { description: "Share (0–1] of the authority's population living in this ICS." })
  populationShare!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day of this share; null: since before the data begins.' })
  validFrom!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of this share (inclusive); null while it still holds.' })
  validTo!: string | null;
}
