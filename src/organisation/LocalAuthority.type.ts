import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalAuthorityTier } from './LocalAuthority.entity.js';

registerEnumType(LocalAuthorityTier, {
  name: 'LocalAuthorityTier',
  description: 'Upper-tier council types: E06 unitary, E10 county, E08 metropolitan district, E09 London borough.',
});

@Directive('@key(fields: "onsCode")')
@ObjectType('LocalAuthority', {
  description: 'An upper-tier local authority; its Health and Wellbeing Board publishes the JSNA.',
})
export class LocalAuthorityType {
  @Field(() => String, { description: 'ONS code, e.g. E08000026 (Coventry).' })
  onsCode!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalAuthorityTier)
  tier!: LocalAuthorityTier;
}
