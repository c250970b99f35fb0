import { Field, ObjectType } from 'type-graphql';

@ObjectType('Region', { description: "One of NHS England's seven regions." })
export class RegionType {
  @Field(() => String, { description: 'ODS code, Y56 to Y63.' })
  odsCode!: string;

  @Field(() => String, { nullable: true, description: 'ONS code (E40…).' })
  onsCode!: string | null;

  @Field(() => String, { description: 'Region name, e.g. Midlands.' })
  name!: string;
}
